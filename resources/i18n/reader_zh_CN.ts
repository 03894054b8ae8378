<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>All highlights</source>
        <translation>全部划线</translation>
    </message>
    <message>
        <source>Search quotes, notes and titles</source>
        <translation>搜索划线原文、笔记和标题</translation>
    </message>
    <message>
        <source>Search the highlights</source>
        <translation>搜索划线</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Which highlights</source>
        <translation>哪些划线</translation>
    </message>
    <message>
        <source>Order of the highlights</source>
        <translation>划线的顺序</translation>
    </message>
    <message>
        <source>By article</source>
        <translation>按文章</translation>
    </message>
    <message>
        <source>Copy as Quote</source>
        <translation>复制为引文</translation>
    </message>
    <message>
        <source>Copy the chosen highlights as Markdown quotes (Ctrl+C)</source>
        <translation>把选中的划线复制为 Markdown 引文（Ctrl+C）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export every highlight in the library</source>
        <translation>导出文库中的全部划线</translation>
    </message>
    <message>
        <source>Web Annotations (JSON-LD)…</source>
        <translation>W3C 网页注释（JSON-LD）…</translation>
    </message>
    <message>
        <source>Markdown, a file per article…</source>
        <translation>Markdown，每篇文章一个文件…</translation>
    </message>
    <message>
        <source>CSV for Readwise…</source>
        <translation>CSV（Readwise 格式）…</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>No highlight matches these filters.</source>
        <translation>没有符合这些筛选条件的划线。</translation>
    </message>
    <message>
        <source>No highlights yet. Select text in an article and press H to highlight it.</source>
        <translation>还没有划线。在文章中选中文字后按 H 即可划线。</translation>
    </message>
    <message>
        <source>Choose the highlights to copy first.</source>
        <translation>请先选中要复制的划线。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n highlight(s) as quotes.</source>
        <translation>
            <numerusform>已把 %n 条划线复制为引文。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export highlights to a folder</source>
        <translation>把划线导出到文件夹</translation>
    </message>
    <message>
        <source>Export highlights</source>
        <translation>导出划线</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>没有导出：{reason}</translation>
    </message>
    <message>
        <source>Exported the highlights to {path}</source>
        <translation>已把划线导出到 {path}</translation>
    </message>
    <message>
        <source>Orphans only</source>
        <translation>仅孤立划线</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n 条划线</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete highlight “{quote}”</source>
        <translation>删除划线“{quote}”</translation>
    </message>
    <message>
        <source>Highlight “{quote}”</source>
        <translation>划线“{quote}”</translation>
    </message>
    <message>
        <source>Edit highlight</source>
        <translation>编辑划线</translation>
    </message>
    <message>
        <source>Select the text to attach the highlight to first.</source>
        <translation>请先选中要附着这条划线的文字。</translation>
    </message>
    <message>
        <source>Re-attach highlight</source>
        <translation>重新附着划线</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>划线</translation>
    </message>
    <message>
        <source>Highlight with Note…</source>
        <translation>划线并写笔记…</translation>
    </message>
    <message>
        <source>Attach “{quote}…” Here</source>
        <translation>把“{quote}…”附着到这里</translation>
    </message>
    <message>
        <source>Edit Highlight…</source>
        <translation>编辑划线…</translation>
    </message>
    <message>
        <source>Delete Highlight</source>
        <translation>删除划线</translation>
    </message>
    <message>
        <source>All colors</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>划线</translation>
    </message>
    <message>
        <source>Show highlights of a colour</source>
        <translation>按颜色筛选划线</translation>
    </message>
    <message>
        <source>Show highlights with a tag</source>
        <translation>按标签筛选划线</translation>
    </message>
    <message>
        <source>Highlights in this article</source>
        <translation>本文的划线</translation>
    </message>
    <message>
        <source>Select text and press H to highlight it.</source>
        <translation>选中文字后按 H 即可划线。</translation>
    </message>
    <message>
        <source>Highlights ({count})</source>
        <translation>划线（{count}）</translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>约 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Reader hit an error</source>
        <translation>Reader 出错了</translation>
    </message>
    <message>
        <source>A report was saved as:</source>
        <translation>错误报告已保存为：</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>无法保存错误报告。</translation>
    </message>
    <message>
        <source>Something went wrong inside Reader. Your library is safe: every change is saved as it is made.</source>
        <translation>Reader 内部出了问题。你的文库是安全的：每一处改动都在发生时就已保存。</translation>
    </message>
    <message>
        <source>Please send the report with a note of what you were doing.</source>
        <translation>请把这份报告连同你当时正在做的操作一起发给我们。</translation>
    </message>
    <message>
        <source>Copy Report</source>
        <translation>复制报告</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>在文章中查找</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一处（Shift+Enter）</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一处（Enter）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>没有找到</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>第 {current} 处，共 {total} 处</translation>
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
        <translation>参考</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>疑问</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>在原处</translation>
    </message>
    <message>
        <source>Moved with its text</source>
        <translation>已随原文移动</translation>
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
        <translation>新划线</translation>
    </message>
    <message>
        <source>A note (Markdown)</source>
        <translation>笔记（支持 Markdown）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Highlight colors</source>
        <translation>划线颜色</translation>
    </message>
    <message>
        <source>Every image is already in the library.</source>
        <translation>所有图片都已在文库中。</translation>
    </message>
    <message>
        <source>Download Images</source>
        <translation>下载图片</translation>
    </message>
    <message>
        <source>Downloading images…</source>
        <translation>正在下载图片…</translation>
    </message>
    <message>
        <source>Downloading image {done} of {total}</source>
        <translation>正在下载第 {done} 张图片，共 {total} 张</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) stored</source>
        <translation>
            <numerusform>已保存 %n 张图片</numerusform>
        </translation>
    </message>
    <message>
        <source>, {failed} not</source>
        <translation>，{failed} 张未能下载</translation>
    </message>
    <message>
        <source>Images not downloaded</source>
        <translation>图片未能下载</translation>
    </message>
    <message>
        <source>Download images?</source>
        <translation>下载图片？</translation>
    </message>
    <message>
        <source>These posts show images that are on the web.</source>
        <translation>这些文章里有来自网络的图片。</translation>
    </message>
    <message>
        <source>Download them now, and after every import, so the articles read fully offline? Reader never fetches anything while you read; Article → Download Images does it for one article at any time.</source>
        <translation>现在下载，并在以后每次导入后下载，让文章完全离线可读？Reader 在你阅读时从不联网；随时可以用“文章 → 下载图片”为单篇文章下载。</translation>
    </message>
    <message>
        <source>Download After Every Import</source>
        <translation>每次导入后都下载</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>The image data is damaged</source>
        <translation>图片数据已损坏</translation>
    </message>
    <message>
        <source>Not in the library</source>
        <translation>不在文库中</translation>
    </message>
    <message>
        <source>Missing from the library</source>
        <translation>文库中缺少这张图片</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>尚未下载</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Not available offline</source>
        <translation>离线时无法查看</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Looking for posts…</source>
        <translation>正在查找文章…</translation>
    </message>
    <message>
        <source>Importing {done} of {total}</source>
        <translation>正在导入第 {done} 篇，共 {total} 篇</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>{imported} imported, {updated} updated, {unchanged} unchanged, {failed} failed</source>
        <translation>导入 {imported} 篇，更新 {updated} 篇，{unchanged} 篇未变，{failed} 篇失败</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>导入已中止</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>The import stopped: {reason}.</source>
        <translation>导入中止：{reason}。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Reading state</source>
        <translation>阅读状态</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>Read-only library: you can read and search, not change it</source>
        <translation>只读文库：可以阅读和搜索，不能修改</translation>
    </message>
    <message>
        <source>Reader cannot write to this library&apos;s folder or database.</source>
        <translation>Reader 无法写入这个文库的文件夹或数据库。</translation>
    </message>
    <message>
        <source>{title} — Reader</source>
        <translation>{title} — Reader</translation>
    </message>
    <message>
        <source>an internal error ({kind}); the log has the details</source>
        <translation>内部错误（{kind}）；详情见日志</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>未能保存：{reason}</translation>
    </message>
    <message>
        <source>Read-only library: the files given to Reader were not imported.</source>
        <translation>只读文库：交给 Reader 的文件没有导入。</translation>
    </message>
    <message>
        <source>Delete for Good…</source>
        <translation>永久删除…</translation>
    </message>
    <message>
        <source>Import a folder of posts</source>
        <translation>导入文章文件夹</translation>
    </message>
    <message>
        <source>Import posts</source>
        <translation>导入文章</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>标记为已读</translation>
    </message>
    <message>
        <source>Mark as Unread</source>
        <translation>标记为未读</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Indexing {done} of {total}…</source>
        <translation>正在建立索引：{done} / {total}…</translation>
    </message>
    <message>
        <source>Search index unavailable; searching by scanning</source>
        <translation>搜索索引不可用，正在逐篇扫描搜索</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Reader closed unexpectedly while reopening the last article, so it was not opened this time.</source>
        <translation>上次重新打开最后阅读的文章时 Reader 意外退出，所以这次没有打开它。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reader can&apos;t open your library</source>
        <translation>Reader 无法打开你的文库</translation>
    </message>
    <message>
        <source>Reader can&apos;t open your library: {problem}.</source>
        <translation>Reader 无法打开你的文库：{problem}。</translation>
    </message>
    <message>
        <source>There is no backup to restore. `reader check` in a terminal tells more.</source>
        <translation>没有可以恢复的备份。在终端里运行 `reader check` 可以了解更多。</translation>
    </message>
    <message>
        <source>The newest sound backup is from {when}. Restoring it brings back the library as it was then; the damaged database is kept beside it, not deleted.</source>
        <translation>最新的完好备份来自 {when}。恢复它会让文库回到那时的样子；损坏的数据库会保留在旁边，不会被删除。</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>search failed: {reason}</source>
        <translation>搜索失败：{reason}</translation>
    </message>
    <message>
        <source>Search the library   ( / or Ctrl+K )</source>
        <translation>搜索文库   （/ 或 Ctrl+K）</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>{name}  ✕</source>
        <translation>{name}  ✕</translation>
    </message>
    <message>
        <source>Searching in {name} only; click to search everything</source>
        <translation>只在“{name}”中搜索；点击以搜索全部</translation>
    </message>
    <message>
        <source>Remove the filter {name}</source>
        <translation>移除筛选条件“{name}”</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ results, counting…</source>
        <translation>
            <numerusform>%n+ 条结果，正在计数…</numerusform>
        </translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation>{ms} 毫秒</translation>
    </message>
    <message>
        <source>index still building; some articles were scanned</source>
        <translation>索引仍在建立，部分文章为逐篇扫描</translation>
    </message>
    <message>
        <source>Note: {notice}</source>
        <translation>提示：{notice}</translation>
    </message>
    <message>
        <source>Highlight: {color}</source>
        <translation>划线：{color}</translation>
    </message>
    <message>
        <source>Highlight with note (Shift+H)</source>
        <translation>划线并写笔记（Shift+H）</translation>
    </message>
    <message>
        <source>Highlight with note</source>
        <translation>划线并添加笔记</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>搜索文库</translation>
    </message>
    <message>
        <source>Find in this article</source>
        <translation>在本文中查找</translation>
    </message>
    <message>
        <source>Show or hide the highlights panel</source>
        <translation>显示或隐藏划线面板</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>本列表</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Library: reading states, tags and categories</source>
        <translation>文库：阅读状态、标签和分类</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>废纸篓</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>编辑标签</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>标签，用逗号分隔</translation>
    </message>
    <message>
        <source>Tags for “{title}”</source>
        <translation>“{title}”的标签</translation>
    </message>
    <message>
        <source>Tags to add</source>
        <translation>要添加的标签</translation>
    </message>
    <message>
        <source>Tags to remove</source>
        <translation>要移除的标签</translation>
    </message>
    <message numerus="yes">
        <source>Tags for %n article(s)</source>
        <translation>
            <numerusform>%n 篇文章的标签</numerusform>
        </translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>添加：</translation>
    </message>
    <message>
        <source>Remove:</source>
        <translation>移除：</translation>
    </message>
    <message>
        <source>Their tags now: {tags}</source>
        <translation>现有标签：{tags}</translation>
    </message>
    <message>
        <source>Manage tags</source>
        <translation>管理标签</translation>
    </message>
    <message>
        <source>Rename or Merge…</source>
        <translation>重命名或合并…</translation>
    </message>
    <message>
        <source>New name for “{old}” (an existing name merges):</source>
        <translation>“{old}”的新名称（与已有标签同名则合并）：</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <source>Remove the tag “{name}” from every article and highlight?</source>
        <translation>要从所有文章和划线中移除标签“{name}”吗？</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>护眼</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Import &amp;Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Download All Images</source>
        <translation>下载全部图片(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
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
        <translation>导入文章文件</translation>
    </message>
    <message>
        <source>Empty &amp;Trash…</source>
        <translation>清空废纸篓(&amp;T)…</translation>
    </message>
    <message>
        <source>Delete what the trash holds, for good</source>
        <translation>永久删除废纸篓中的全部文章</translation>
    </message>
    <message>
        <source>Undo the last change to highlights or the trash</source>
        <translation>撤销上一次对划线或废纸篓的更改</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>重做已撤销的操作</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Text, theme, language, images and highlight colours</source>
        <translation>文字、主题、语言、图片与划线颜色</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>移到废纸篓(&amp;T)</translation>
    </message>
    <message>
        <source>Move the chosen articles to the trash (in the trash: delete for good)</source>
        <translation>把选中的文章移到废纸篓（在废纸篓中：永久删除）</translation>
    </message>
    <message>
        <source>R&amp;estore from Trash</source>
        <translation>从废纸篓恢复(&amp;E)</translation>
    </message>
    <message>
        <source>Bring the chosen articles back from the trash</source>
        <translation>把选中的文章从废纸篓恢复</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>上一篇(&amp;P)</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>向下翻页</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>向上翻页</translation>
    </message>
    <message>
        <source>Mark &amp;Read / Unread</source>
        <translation>标记已读 / 未读(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <source>Archive the chosen articles (they leave the Inbox)</source>
        <translation>归档选中的文章（它们会离开收件箱）</translation>
    </message>
    <message>
        <source>&amp;Open Original</source>
        <translation>打开原文(&amp;O)</translation>
    </message>
    <message>
        <source>Open the article&apos;s web page, or else its post file</source>
        <translation>打开文章的网页；没有网页时打开它的帖子文件</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>复制链接(&amp;L)</translation>
    </message>
    <message>
        <source>Copy the article&apos;s web address, or else its post file&apos;s path</source>
        <translation>复制文章的网址；没有网址时复制它的帖子文件路径</translation>
    </message>
    <message>
        <source>&amp;Download Images</source>
        <translation>下载图片(&amp;D)</translation>
    </message>
    <message>
        <source>Edit &amp;Tags…</source>
        <translation>编辑标签(&amp;T)…</translation>
    </message>
    <message>
        <source>Edit the tags of the chosen articles</source>
        <translation>编辑选中文章的标签</translation>
    </message>
    <message>
        <source>&amp;Manage Tags…</source>
        <translation>管理标签(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Contents…</source>
        <translation>目录(&amp;C)…</translation>
    </message>
    <message>
        <source>Jump to a heading of the article</source>
        <translation>跳到文章的某个标题</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>在文章中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Next &amp;Hit</source>
        <translation>下一处命中(&amp;H)</translation>
    </message>
    <message>
        <source>Previous Hit</source>
        <translation>上一处命中</translation>
    </message>
    <message>
        <source>S&amp;idebar</source>
        <translation>侧边栏(&amp;I)</translation>
    </message>
    <message>
        <source>Show or hide the sidebar</source>
        <translation>显示或隐藏侧边栏</translation>
    </message>
    <message>
        <source>Library &amp;List</source>
        <translation>文章列表(&amp;L)</translation>
    </message>
    <message>
        <source>Show or hide the library list</source>
        <translation>显示或隐藏文章列表</translation>
    </message>
    <message>
        <source>Highlights &amp;Panel</source>
        <translation>划线面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>专注模式(&amp;F)</translation>
    </message>
    <message>
        <source>Focus mode: the text alone, full screen</source>
        <translation>专注模式：全屏，只显示正文</translation>
    </message>
    <message>
        <source>Next pane</source>
        <translation>下一个窗格</translation>
    </message>
    <message>
        <source>Next / previous pane (Tab and Shift+Tab too)</source>
        <translation>下一个 / 上一个窗格（Tab 和 Shift+Tab 也可以）</translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation>上一个窗格</translation>
    </message>
    <message>
        <source>Leave the search field, close find, or leave focus mode</source>
        <translation>离开搜索框、关闭查找或退出专注模式</translation>
    </message>
    <message>
        <source>Open the chosen article or result and read it</source>
        <translation>打开选中的文章或搜索结果并开始阅读</translation>
    </message>
    <message>
        <source>Scroll a wide table or code block sideways</source>
        <translation>左右滚动较宽的表格或代码块</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>在列表中移动</translation>
    </message>
    <message>
        <source>In All Highlights: copy the chosen ones as quotes</source>
        <translation>在“全部划线”中：把选中的划线复制为引文</translation>
    </message>
    <message>
        <source>Shift+Wheel</source>
        <translation>Shift+滚轮</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Highlights</source>
        <translation>划线(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>为选中文字划线(&amp;H)</translation>
    </message>
    <message>
        <source>Highlight with &amp;Note…</source>
        <translation>划线并写笔记(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;All Highlights…</source>
        <translation>全部划线(&amp;A)…</translation>
    </message>
    <message>
        <source>Highlight &amp;Colors…</source>
        <translation>划线颜色(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Default Text Size</source>
        <translation>默认字号(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Search Library</source>
        <translation>搜索文库(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>Reader&apos;s choice</source>
        <translation>Reader 默认字体</translation>
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
        <translation>每行最多字数</translation>
    </message>
    <message>
        <source>Justify paragraphs (straight right edge)</source>
        <translation>段落两端对齐（右边缘整齐）</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Font:</source>
        <translation>字体：</translation>
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
        <translation>主题</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>A new language shows when Reader next starts.</source>
        <translation>新的语言在 Reader 下次启动时生效。</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Download images after an import</source>
        <translation>导入后下载图片</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>询问</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>总是</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Highlight Colour Names…</source>
        <translation>划线颜色名称…</translation>
    </message>
    <message>
        <source>Images and highlights</source>
        <translation>图片与划线</translation>
    </message>
    <message>
        <source>Download a post&apos;s web images after an import:</source>
        <translation>导入后下载帖子中的网络图片：</translation>
    </message>
    <message>
        <source>Reader will show the chosen language when it next starts.</source>
        <translation>Reader 下次启动时将使用所选语言。</translation>
    </message>
    <message>
        <source>Reader cannot start</source>
        <translation>Reader 无法启动</translation>
    </message>
    <message>
        <source>No welcome articles: {reason}</source>
        <translation>没有欢迎文章：{reason}</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>文章正文</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新的在前</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最早的在前</translation>
    </message>
    <message>
        <source>Most highlighted</source>
        <translation>划线最多的在前</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
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
        <translation>颜色：{color}</translation>
    </message>
    <message>
        <source>Delete this highlight</source>
        <translation>删除这条划线</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>标签，用逗号分隔</translation>
    </message>
    <message>
        <source>Where Reader found the highlighted text after the article changed</source>
        <translation>文章改动后，Reader 在哪里重新找到了划线的文字</translation>
    </message>
    <message numerus="yes">
        <source>Move %n article(s) to the trash</source>
        <translation>
            <numerusform>把 %n 篇文章移到废纸篓</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>In the trash since {date}. Its highlights and notes are kept until the trash is emptied.</source>
        <translation>{date}移到废纸篓。清空废纸篓之前，它的划线和笔记都会保留。</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n article(s) to the trash. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>已把 %n 篇文章移到废纸篓。按 Ctrl+Z 撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n article(s) to the library.</source>
        <translation>
            <numerusform>已把 %n 篇文章恢复到文库。</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>废纸篓是空的。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s) for good?</source>
        <translation>
            <numerusform>永久删除 %n 篇文章？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) and their notes will be deleted too.</source>
        <translation>
            <numerusform>其中的 %n 条划线和笔记将一并删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>They hold no highlights.</source>
        <translation>这些文章没有划线。</translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>此操作无法撤销。</translation>
    </message>
    <message>
        <source>This article names no web page, and its post file is gone: {path}</source>
        <translation>这篇文章没有网页地址，它的帖子文件也已不在：{path}</translation>
    </message>
    <message>
        <source>Nothing on this computer could open {url}</source>
        <translation>这台电脑上没有程序能打开 {url}</translation>
    </message>
    <message>
        <source>Copied {url}</source>
        <translation>已复制 {url}</translation>
    </message>
    <message>
        <source>This article has no headings to jump to.</source>
        <translation>这篇文章没有可跳转的标题。</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
</context>
</TS>
