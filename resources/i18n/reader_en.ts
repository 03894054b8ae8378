<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <source>All highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search quotes, notes and titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the chosen highlights as Markdown quotes (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every highlight in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web Annotations (JSON-LD)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown, a file per article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Readwise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No highlight matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No highlights yet. Select text in an article and press H to highlight it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the highlights to copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n highlight(s) as quotes.</source>
        <translation>
            <numerusform>Copied %n highlight as a quote.</numerusform>
            <numerusform>Copied %n highlights as quotes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export highlights to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the highlights to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphans only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete highlight “{quote}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight “{quote}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the text to attach the highlight to first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attach highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight with Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach “{quote}…” Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Highlight…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All colors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show highlights of a colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show highlights with a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select text and press H to highlight it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
    <message>
        <source>Reader hit an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report was saved as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Reader. Your library is safe: every change is saved as it is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please send the report with a note of what you were doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved with its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found again approximately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its text is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight colors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every image is already in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading image {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) stored</source>
        <translation>
            <numerusform>%n image stored</numerusform>
            <numerusform>%n images stored</numerusform>
        </translation>
    </message>
    <message>
        <source>, {failed} not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download images?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These posts show images that are on the web.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download them now, and after every import, so the articles read fully offline? Reader never fetches anything while you read; Article → Download Images does it for one article at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download After Every Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image data is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for posts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{imported} imported, {updated} updated, {unchanged} unchanged, {failed} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only library: you can read and search, not change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader cannot write to this library&apos;s folder or database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an internal error ({kind}); the log has the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only library: the files given to Reader were not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for Good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search index unavailable; searching by scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Reader closed unexpectedly while reopening the last article, so it was not opened this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader can&apos;t open your library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader can&apos;t open your library: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup to restore. `reader check` in a terminal tells more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest sound backup is from {when}. Restoring it brings back the library as it was then; the damaged database is kept beside it, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library   ( / or Ctrl+K )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}  ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching in {name} only; click to search everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the filter {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ results, counting…</source>
        <translation>
            <numerusform>%n+ results, counting…</numerusform>
            <numerusform>%n+ results, counting…</numerusform>
        </translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index still building; some articles were scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {notice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight: {color}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight with note (Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight with note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the highlights panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: reading states, tags and categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags for “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tags for %n article(s)</source>
        <translation>
            <numerusform>Tags for %n article</numerusform>
            <numerusform>Tags for %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their tags now: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename or Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “{old}” (an existing name merges):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the tag “{name}” from every article and highlight?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download All Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import post files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty &amp;Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete what the trash holds, for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change to highlights or the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text, theme, language, images and highlight colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen articles to the trash (in the trash: delete for good)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;estore from Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the chosen articles back from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Read / Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the chosen articles (they leave the Inbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the article&apos;s web page, or else its post file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the article&apos;s web address, or else its post file&apos;s path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the tags of the chosen articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to a heading of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;idebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the library list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights &amp;Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus mode: the text alone, full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous pane (Tab and Shift+Tab too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the search field, close find, or leave focus mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen article or result and read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll a wide table or code block sideways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In All Highlights: copy the chosen ones as quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight with &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All Highlights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight &amp;Colors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default Text Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader&apos;s choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line length at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justify paragraphs (straight right edge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line length at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language shows when Reader next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download images after an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight Colour Names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download a post&apos;s web images after an import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader will show the chosen language when it next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No welcome articles: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Order of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour: {color}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Reader found the highlighted text after the article changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n article(s) to the trash</source>
        <translation>
            <numerusform>Move %n article to the trash</numerusform>
            <numerusform>Move %n articles to the trash</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the trash since {date}. Its highlights and notes are kept until the trash is emptied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n article(s) to the trash. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Moved %n article to the trash. Undo with Ctrl+Z.</numerusform>
            <numerusform>Moved %n articles to the trash. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n article(s) to the library.</source>
        <translation>
            <numerusform>Restored %n article to the library.</numerusform>
            <numerusform>Restored %n articles to the library.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s) for good?</source>
        <translation>
            <numerusform>Delete %n article for good?</numerusform>
            <numerusform>Delete %n articles for good?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) and their notes will be deleted too.</source>
        <translation>
            <numerusform>%n highlight and its note will be deleted too.</numerusform>
            <numerusform>%n highlights and their notes will be deleted too.</numerusform>
        </translation>
    </message>
    <message>
        <source>They hold no highlights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article names no web page, and its post file is gone: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on this computer could open {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article has no headings to jump to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
