<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name></name>
    <message>
        <source>All highlights</source>
        <translation>全部畫線</translation>
    </message>
    <message>
        <source>Search quotes, notes and titles</source>
        <translation>搜尋畫線原文、筆記和標題</translation>
    </message>
    <message>
        <source>Search the highlights</source>
        <translation>搜尋畫線</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Which highlights</source>
        <translation>哪些畫線</translation>
    </message>
    <message>
        <source>Order of the highlights</source>
        <translation>畫線的順序</translation>
    </message>
    <message>
        <source>By article</source>
        <translation>按文章</translation>
    </message>
    <message>
        <source>Copy as Quote</source>
        <translation>複製為引文</translation>
    </message>
    <message>
        <source>Copy the chosen highlights as Markdown quotes (Ctrl+C)</source>
        <translation>把選取的畫線複製為 Markdown 引文（Ctrl+C）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Export every highlight in the library</source>
        <translation>匯出文庫中的全部畫線</translation>
    </message>
    <message>
        <source>Web Annotations (JSON-LD)…</source>
        <translation>W3C 網頁註解（JSON-LD）…</translation>
    </message>
    <message>
        <source>Markdown, a file per article…</source>
        <translation>Markdown，每篇文章一個檔案…</translation>
    </message>
    <message>
        <source>CSV for Readwise…</source>
        <translation>CSV（Readwise 格式）…</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部標籤</translation>
    </message>
    <message>
        <source>No highlight matches these filters.</source>
        <translation>沒有符合這些篩選條件的畫線。</translation>
    </message>
    <message>
        <source>No highlights yet. Select text in an article and press H to highlight it.</source>
        <translation>還沒有畫線。在文章中選取文字後按 H 即可畫線。</translation>
    </message>
    <message>
        <source>Choose the highlights to copy first.</source>
        <translation>請先選取要複製的畫線。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n highlight(s) as quotes.</source>
        <translation>
            <numerusform>已把 %n 條畫線複製為引文。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export highlights to a folder</source>
        <translation>把畫線匯出到資料夾</translation>
    </message>
    <message>
        <source>Export highlights</source>
        <translation>匯出畫線</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>沒有匯出：{reason}</translation>
    </message>
    <message>
        <source>Exported the highlights to {path}</source>
        <translation>已把畫線匯出到 {path}</translation>
    </message>
    <message>
        <source>Orphans only</source>
        <translation>僅孤立畫線</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n 條畫線</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete highlight “{quote}”</source>
        <translation>刪除畫線「{quote}」</translation>
    </message>
    <message>
        <source>Highlight “{quote}”</source>
        <translation>畫線「{quote}」</translation>
    </message>
    <message>
        <source>Edit highlight</source>
        <translation>編輯畫線</translation>
    </message>
    <message>
        <source>Select the text to attach the highlight to first.</source>
        <translation>請先選取要附著這條畫線的文字。</translation>
    </message>
    <message>
        <source>Re-attach highlight</source>
        <translation>重新附著畫線</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>畫線</translation>
    </message>
    <message>
        <source>Highlight with Note…</source>
        <translation>畫線並寫筆記…</translation>
    </message>
    <message>
        <source>Attach “{quote}…” Here</source>
        <translation>把「{quote}…」附著到這裡</translation>
    </message>
    <message>
        <source>Edit Highlight…</source>
        <translation>編輯畫線…</translation>
    </message>
    <message>
        <source>Delete Highlight</source>
        <translation>刪除畫線</translation>
    </message>
    <message>
        <source>All colors</source>
        <translation>全部顏色</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>畫線</translation>
    </message>
    <message>
        <source>Show highlights of a colour</source>
        <translation>依顏色篩選畫線</translation>
    </message>
    <message>
        <source>Show highlights with a tag</source>
        <translation>依標籤篩選畫線</translation>
    </message>
    <message>
        <source>Highlights in this article</source>
        <translation>本文的畫線</translation>
    </message>
    <message>
        <source>Select text and press H to highlight it.</source>
        <translation>選取文字後按 H 即可畫線。</translation>
    </message>
    <message>
        <source>Highlights ({count})</source>
        <translation>畫線（{count}）</translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>約 %n 分鐘</numerusform>
        </translation>
    </message>
    <message>
        <source>Reader hit an error</source>
        <translation>Reader 發生錯誤</translation>
    </message>
    <message>
        <source>A report was saved as:</source>
        <translation>錯誤報告已儲存為：</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>無法儲存錯誤報告。</translation>
    </message>
    <message>
        <source>Something went wrong inside Reader. Your library is safe: every change is saved as it is made.</source>
        <translation>Reader 內部出了問題。你的文庫是安全的：每一處變更都在發生時就已儲存。</translation>
    </message>
    <message>
        <source>Please send the report with a note of what you were doing.</source>
        <translation>請把這份報告連同你當時正在做的操作一起寄給我們。</translation>
    </message>
    <message>
        <source>Copy Report</source>
        <translation>複製報告</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已複製</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>在文章中尋找</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一處（Shift+Enter）</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一處（Enter）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>關閉（Esc）</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>沒有找到</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>第 {current} 處，共 {total} 處</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>想法</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>參考</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>疑問</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待辦</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>在原處</translation>
    </message>
    <message>
        <source>Moved with its text</source>
        <translation>已隨原文移動</translation>
    </message>
    <message>
        <source>Found again approximately</source>
        <translation>已模糊找回</translation>
    </message>
    <message>
        <source>Its text is gone</source>
        <translation>原文已不在</translation>
    </message>
    <message>
        <source>New highlight</source>
        <translation>新畫線</translation>
    </message>
    <message>
        <source>A note (Markdown)</source>
        <translation>筆記（支援 Markdown）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Highlight colors</source>
        <translation>畫線顏色</translation>
    </message>
    <message>
        <source>Every image is already in the library.</source>
        <translation>所有圖片都已在文庫中。</translation>
    </message>
    <message>
        <source>Download Images</source>
        <translation>下載圖片</translation>
    </message>
    <message>
        <source>Downloading images…</source>
        <translation>正在下載圖片…</translation>
    </message>
    <message>
        <source>Downloading image {done} of {total}</source>
        <translation>正在下載第 {done} 張圖片，共 {total} 張</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) stored</source>
        <translation>
            <numerusform>已儲存 %n 張圖片</numerusform>
        </translation>
    </message>
    <message>
        <source>, {failed} not</source>
        <translation>，{failed} 張未能下載</translation>
    </message>
    <message>
        <source>Images not downloaded</source>
        <translation>圖片未能下載</translation>
    </message>
    <message>
        <source>Download images?</source>
        <translation>下載圖片？</translation>
    </message>
    <message>
        <source>These posts show images that are on the web.</source>
        <translation>這些文章裡有來自網路的圖片。</translation>
    </message>
    <message>
        <source>Download them now, and after every import, so the articles read fully offline? Reader never fetches anything while you read; Article → Download Images does it for one article at any time.</source>
        <translation>現在下載，並在以後每次匯入後下載，讓文章完全離線可讀？Reader 在你閱讀時從不連網；隨時可以用「文章 → 下載圖片」為單篇文章下載。</translation>
    </message>
    <message>
        <source>Download After Every Import</source>
        <translation>每次匯入後都下載</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>暫不</translation>
    </message>
    <message>
        <source>The image data is damaged</source>
        <translation>圖片資料已損壞</translation>
    </message>
    <message>
        <source>Not in the library</source>
        <translation>不在文庫中</translation>
    </message>
    <message>
        <source>Missing from the library</source>
        <translation>文庫中缺少這張圖片</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>尚未下載</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Not available offline</source>
        <translation>離線時無法檢視</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在匯入</translation>
    </message>
    <message>
        <source>Looking for posts…</source>
        <translation>正在尋找文章…</translation>
    </message>
    <message>
        <source>Importing {done} of {total}</source>
        <translation>正在匯入第 {done} 篇，共 {total} 篇</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>匯入失敗</translation>
    </message>
    <message>
        <source>{imported} imported, {updated} updated, {unchanged} unchanged, {failed} failed</source>
        <translation>匯入 {imported} 篇，更新 {updated} 篇，{unchanged} 篇未變，{failed} 篇失敗</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>匯入已中止</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>匯入完成</translation>
    </message>
    <message>
        <source>The import stopped: {reason}.</source>
        <translation>匯入中止：{reason}。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未讀</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已讀</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已封存</translation>
    </message>
    <message>
        <source>Reading state</source>
        <translation>閱讀狀態</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>Read-only library: you can read and search, not change it</source>
        <translation>唯讀文庫：可以閱讀和搜尋，不能修改</translation>
    </message>
    <message>
        <source>Reader cannot write to this library&apos;s folder or database.</source>
        <translation>Reader 無法寫入這個文庫的資料夾或資料庫。</translation>
    </message>
    <message>
        <source>{title} — Reader</source>
        <translation>{title} — Reader</translation>
    </message>
    <message>
        <source>an internal error ({kind}); the log has the details</source>
        <translation>內部錯誤（{kind}）；詳情見日誌</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>未能儲存：{reason}</translation>
    </message>
    <message>
        <source>Read-only library: the files given to Reader were not imported.</source>
        <translation>唯讀文庫：交給 Reader 的檔案沒有匯入。</translation>
    </message>
    <message>
        <source>Delete for Good…</source>
        <translation>永久刪除…</translation>
    </message>
    <message>
        <source>Import a folder of posts</source>
        <translation>匯入文章資料夾</translation>
    </message>
    <message>
        <source>Import posts</source>
        <translation>匯入文章</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>標示為已讀</translation>
    </message>
    <message>
        <source>Mark as Unread</source>
        <translation>標示為未讀</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>封存</translation>
    </message>
    <message>
        <source>Indexing {done} of {total}…</source>
        <translation>正在建立索引：{done} / {total}…</translation>
    </message>
    <message>
        <source>Search index unavailable; searching by scanning</source>
        <translation>搜尋索引無法使用，正在逐篇掃描搜尋</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Reader closed unexpectedly while reopening the last article, so it was not opened this time.</source>
        <translation>上次重新開啟最後閱讀的文章時 Reader 意外結束，所以這次沒有開啟它。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reader can&apos;t open your library</source>
        <translation>Reader 無法開啟你的文庫</translation>
    </message>
    <message>
        <source>Reader can&apos;t open your library: {problem}.</source>
        <translation>Reader 無法開啟你的文庫：{problem}。</translation>
    </message>
    <message>
        <source>There is no backup to restore. `reader check` in a terminal tells more.</source>
        <translation>沒有可以還原的備份。在終端機裡執行 `reader check` 可以了解更多。</translation>
    </message>
    <message>
        <source>The newest sound backup is from {when}. Restoring it brings back the library as it was then; the damaged database is kept beside it, not deleted.</source>
        <translation>最新的完好備份來自 {when}。還原它會讓文庫回到那時的樣子；損壞的資料庫會保留在旁邊，不會被刪除。</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>還原備份</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>search failed: {reason}</source>
        <translation>搜尋失敗：{reason}</translation>
    </message>
    <message>
        <source>Search the library   ( / or Ctrl+K )</source>
        <translation>搜尋文庫   （/ 或 Ctrl+K）</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <source>{name}  ✕</source>
        <translation>{name}  ✕</translation>
    </message>
    <message>
        <source>Searching in {name} only; click to search everything</source>
        <translation>只在「{name}」中搜尋；按一下以搜尋全部</translation>
    </message>
    <message>
        <source>Remove the filter {name}</source>
        <translation>移除篩選條件「{name}」</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 筆結果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ results, counting…</source>
        <translation>
            <numerusform>%n+ 筆結果，正在計數…</numerusform>
        </translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation>{ms} 毫秒</translation>
    </message>
    <message>
        <source>index still building; some articles were scanned</source>
        <translation>索引仍在建立，部分文章為逐篇掃描</translation>
    </message>
    <message>
        <source>Note: {notice}</source>
        <translation>提示：{notice}</translation>
    </message>
    <message>
        <source>Highlight: {color}</source>
        <translation>畫線：{color}</translation>
    </message>
    <message>
        <source>Highlight with note (Shift+H)</source>
        <translation>畫線並寫筆記（Shift+H）</translation>
    </message>
    <message>
        <source>Highlight with note</source>
        <translation>畫線並加上筆記</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>搜尋文庫</translation>
    </message>
    <message>
        <source>Find in this article</source>
        <translation>在本文中尋找</translation>
    </message>
    <message>
        <source>Show or hide the highlights panel</source>
        <translation>顯示或隱藏畫線面板</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>本清單</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快速鍵</translation>
    </message>
    <message>
        <source>Library: reading states, tags and categories</source>
        <translation>文庫：閱讀狀態、標籤與分類</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>文庫</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>收件匣</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>垃圾桶</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>編輯標籤</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>標籤，用逗號分隔</translation>
    </message>
    <message>
        <source>Tags for “{title}”</source>
        <translation>「{title}」的標籤</translation>
    </message>
    <message>
        <source>Tags to add</source>
        <translation>要新增的標籤</translation>
    </message>
    <message>
        <source>Tags to remove</source>
        <translation>要移除的標籤</translation>
    </message>
    <message numerus="yes">
        <source>Tags for %n article(s)</source>
        <translation>
            <numerusform>%n 篇文章的標籤</numerusform>
        </translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>新增：</translation>
    </message>
    <message>
        <source>Remove:</source>
        <translation>移除：</translation>
    </message>
    <message>
        <source>Their tags now: {tags}</source>
        <translation>現有標籤：{tags}</translation>
    </message>
    <message>
        <source>Manage tags</source>
        <translation>管理標籤</translation>
    </message>
    <message>
        <source>Rename or Merge…</source>
        <translation>重新命名或合併…</translation>
    </message>
    <message>
        <source>New name for “{old}” (an existing name merges):</source>
        <translation>「{old}」的新名稱（與既有標籤同名則合併）：</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>重新命名標籤</translation>
    </message>
    <message>
        <source>Remove the tag “{name}” from every article and highlight?</source>
        <translation>要從所有文章和畫線中移除標籤「{name}」嗎？</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>刪除標籤</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>護眼</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>匯入資料夾(&amp;F)…</translation>
    </message>
    <message>
        <source>Import &amp;Files…</source>
        <translation>匯入檔案(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Download All Images</source>
        <translation>下載全部圖片(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>下一篇(&amp;N)</translation>
    </message>
    <message>
        <source>Import post files</source>
        <translation>匯入文章檔案</translation>
    </message>
    <message>
        <source>Empty &amp;Trash…</source>
        <translation>清空垃圾桶(&amp;T)…</translation>
    </message>
    <message>
        <source>Delete what the trash holds, for good</source>
        <translation>永久刪除垃圾桶中的全部文章</translation>
    </message>
    <message>
        <source>Undo the last change to highlights or the trash</source>
        <translation>復原上一次對畫線或垃圾桶的變更</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>重做已復原的操作</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Text, theme, language, images and highlight colours</source>
        <translation>文字、主題、語言、圖片與畫線顏色</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>移到垃圾桶(&amp;T)</translation>
    </message>
    <message>
        <source>Move the chosen articles to the trash (in the trash: delete for good)</source>
        <translation>把選取的文章移到垃圾桶（在垃圾桶中：永久刪除）</translation>
    </message>
    <message>
        <source>R&amp;estore from Trash</source>
        <translation>從垃圾桶還原(&amp;E)</translation>
    </message>
    <message>
        <source>Bring the chosen articles back from the trash</source>
        <translation>把選取的文章從垃圾桶還原</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>上一篇(&amp;P)</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>向下翻頁</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>向上翻頁</translation>
    </message>
    <message>
        <source>Mark &amp;Read / Unread</source>
        <translation>標示已讀 / 未讀(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>封存(&amp;A)</translation>
    </message>
    <message>
        <source>Archive the chosen articles (they leave the Inbox)</source>
        <translation>封存選取的文章（它們會離開收件匣）</translation>
    </message>
    <message>
        <source>&amp;Open Original</source>
        <translation>開啟原文(&amp;O)</translation>
    </message>
    <message>
        <source>Open the article&apos;s web page, or else its post file</source>
        <translation>開啟文章的網頁；沒有網頁時開啟它的貼文檔案</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>複製連結(&amp;L)</translation>
    </message>
    <message>
        <source>Copy the article&apos;s web address, or else its post file&apos;s path</source>
        <translation>複製文章的網址；沒有網址時複製它的貼文檔案路徑</translation>
    </message>
    <message>
        <source>&amp;Download Images</source>
        <translation>下載圖片(&amp;D)</translation>
    </message>
    <message>
        <source>Edit &amp;Tags…</source>
        <translation>編輯標籤(&amp;T)…</translation>
    </message>
    <message>
        <source>Edit the tags of the chosen articles</source>
        <translation>編輯選取文章的標籤</translation>
    </message>
    <message>
        <source>&amp;Manage Tags…</source>
        <translation>管理標籤(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Contents…</source>
        <translation>目錄(&amp;C)…</translation>
    </message>
    <message>
        <source>Jump to a heading of the article</source>
        <translation>跳到文章的某個標題</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>在文章中尋找(&amp;F)…</translation>
    </message>
    <message>
        <source>Next &amp;Hit</source>
        <translation>下一處命中(&amp;H)</translation>
    </message>
    <message>
        <source>Previous Hit</source>
        <translation>上一處命中</translation>
    </message>
    <message>
        <source>S&amp;idebar</source>
        <translation>側邊欄(&amp;I)</translation>
    </message>
    <message>
        <source>Show or hide the sidebar</source>
        <translation>顯示或隱藏側邊欄</translation>
    </message>
    <message>
        <source>Library &amp;List</source>
        <translation>文章列表(&amp;L)</translation>
    </message>
    <message>
        <source>Show or hide the library list</source>
        <translation>顯示或隱藏文章列表</translation>
    </message>
    <message>
        <source>Highlights &amp;Panel</source>
        <translation>畫線面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>專注模式(&amp;F)</translation>
    </message>
    <message>
        <source>Focus mode: the text alone, full screen</source>
        <translation>專注模式：全螢幕，只顯示內文</translation>
    </message>
    <message>
        <source>Next pane</source>
        <translation>下一個窗格</translation>
    </message>
    <message>
        <source>Next / previous pane (Tab and Shift+Tab too)</source>
        <translation>下一個 / 上一個窗格（Tab 與 Shift+Tab 也可以）</translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation>上一個窗格</translation>
    </message>
    <message>
        <source>Leave the search field, close find, or leave focus mode</source>
        <translation>離開搜尋欄、關閉尋找或離開專注模式</translation>
    </message>
    <message>
        <source>Open the chosen article or result and read it</source>
        <translation>開啟選取的文章或搜尋結果並開始閱讀</translation>
    </message>
    <message>
        <source>Scroll a wide table or code block sideways</source>
        <translation>左右捲動較寬的表格或程式碼區塊</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>在列表中移動</translation>
    </message>
    <message>
        <source>In All Highlights: copy the chosen ones as quotes</source>
        <translation>在「全部畫線」中：把選取的畫線複製為引文</translation>
    </message>
    <message>
        <source>Shift+Wheel</source>
        <translation>Shift+滾輪</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Highlights</source>
        <translation>畫線(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>為選取文字畫線(&amp;H)</translation>
    </message>
    <message>
        <source>Highlight with &amp;Note…</source>
        <translation>畫線並寫筆記(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;All Highlights…</source>
        <translation>全部畫線(&amp;A)…</translation>
    </message>
    <message>
        <source>Highlight &amp;Colors…</source>
        <translation>畫線顏色(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主題(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>縮小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Default Text Size</source>
        <translation>預設字級(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Search Library</source>
        <translation>搜尋文庫(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>字型</translation>
    </message>
    <message>
        <source>Reader&apos;s choice</source>
        <translation>Reader 預設字型</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>Line height</source>
        <translation>行高</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 字</translation>
    </message>
    <message>
        <source>Line length at most</source>
        <translation>每行最多字數</translation>
    </message>
    <message>
        <source>Justify paragraphs (straight right edge)</source>
        <translation>段落左右對齊（右邊緣整齊）</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>內文</translation>
    </message>
    <message>
        <source>Font:</source>
        <translation>字型：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>Line height:</source>
        <translation>行高：</translation>
    </message>
    <message>
        <source>Line length at most:</source>
        <translation>每行最多：</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>A new language shows when Reader next starts.</source>
        <translation>新的語言在 Reader 下次啟動時生效。</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>視窗</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主題：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>語言：</translation>
    </message>
    <message>
        <source>Download images after an import</source>
        <translation>匯入後下載圖片</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>詢問</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>總是</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>從不</translation>
    </message>
    <message>
        <source>Highlight Colour Names…</source>
        <translation>畫線顏色名稱…</translation>
    </message>
    <message>
        <source>Images and highlights</source>
        <translation>圖片與畫線</translation>
    </message>
    <message>
        <source>Download a post&apos;s web images after an import:</source>
        <translation>匯入後下載貼文中的網路圖片：</translation>
    </message>
    <message>
        <source>Reader will show the chosen language when it next starts.</source>
        <translation>Reader 下次啟動時將使用所選語言。</translation>
    </message>
    <message>
        <source>Reader cannot start</source>
        <translation>Reader 無法啟動</translation>
    </message>
    <message>
        <source>No welcome articles: {reason}</source>
        <translation>沒有歡迎文章：{reason}</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>文章內文</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新的在前</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最舊的在前</translation>
    </message>
    <message>
        <source>Most highlighted</source>
        <translation>畫線最多的在前</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分鐘</numerusform>
        </translation>
    </message>
    <message>
        <source>Order of the list</source>
        <translation>列表排序</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Colour: {color}</source>
        <translation>顏色：{color}</translation>
    </message>
    <message>
        <source>Delete this highlight</source>
        <translation>刪除這條畫線</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>標籤，以逗號分隔</translation>
    </message>
    <message>
        <source>Where Reader found the highlighted text after the article changed</source>
        <translation>文章變動後，Reader 在哪裡重新找到畫線的文字</translation>
    </message>
    <message numerus="yes">
        <source>Move %n article(s) to the trash</source>
        <translation>
            <numerusform>把 %n 篇文章移到垃圾桶</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>In the trash since {date}. Its highlights and notes are kept until the trash is emptied.</source>
        <translation>{date}移到垃圾桶。清空垃圾桶之前，它的畫線和筆記都會保留。</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n article(s) to the trash. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>已把 %n 篇文章移到垃圾桶。按 Ctrl+Z 復原。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n article(s) to the library.</source>
        <translation>
            <numerusform>已把 %n 篇文章還原到文庫。</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>垃圾桶是空的。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s) for good?</source>
        <translation>
            <numerusform>永久刪除 %n 篇文章？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) and their notes will be deleted too.</source>
        <translation>
            <numerusform>其中的 %n 條畫線和筆記將一併刪除。</numerusform>
        </translation>
    </message>
    <message>
        <source>They hold no highlights.</source>
        <translation>這些文章沒有畫線。</translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>永久刪除</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>此操作無法復原。</translation>
    </message>
    <message>
        <source>This article names no web page, and its post file is gone: {path}</source>
        <translation>這篇文章沒有網頁位址，它的貼文檔案也已不在：{path}</translation>
    </message>
    <message>
        <source>Nothing on this computer could open {url}</source>
        <translation>這台電腦上沒有程式能開啟 {url}</translation>
    </message>
    <message>
        <source>Copied {url}</source>
        <translation>已複製 {url}</translation>
    </message>
    <message>
        <source>This article has no headings to jump to.</source>
        <translation>這篇文章沒有可跳轉的標題。</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目錄</translation>
    </message>
</context>
</TS>
