"""Takes screenshots of the real window for review: run under Xvfb (see README)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from reader.app import open_services
from reader.services.location import LibraryLocation
from reader.services.welcome import import_welcome_articles
from reader.ui.application import create_application
from reader.ui.mainwindow import MainWindow


def wait(ms: int) -> None:
    """Let the event loop run for `ms` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> None:
    """Take the README's screenshots of the window, on the welcome articles (and a corpus)."""
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    corpus = Path(sys.argv[2]) if len(sys.argv) > 2 else None
    out.mkdir(parents=True, exist_ok=True)
    QCoreApplication.setOrganizationName("ReaderScreenshots")
    app = create_application(sys.argv[:1])
    services = open_services(LibraryLocation(Path(tempfile.mkdtemp())))
    for language in ("en", "zh_CN"):
        import_welcome_articles(services.importer, language)
    if corpus:
        services.importer.import_paths([corpus])
    services.search.start()
    services.search.wait_idle()
    win = MainWindow(
        services.library, services.importer, services.hub, services.search, services.annotations
    )
    win.resize(1440, 900)
    win.show()
    wait(600)

    def shot(name: str) -> None:
        wait(400)
        win.grab().save(str(out / f"{name}.png"))

    def open_title(part: str) -> None:
        for row in range(win.model.rowCount()):
            summary = win.model.summary(row)
            if summary and part in summary.title:
                win.table.selectRow(row)
                return

    def highlight(title: str, marks: list[tuple[str, str, str]]) -> None:
        open_title(title)
        article = win.view.article()
        assert article is not None
        for quote, color, note in marks:
            services.annotations.create_from_quote(
                article.id, quote, color=color, note=note, tags=["示例"] if note else []
            )
        win.annotating.reload()

    win.apply_theme("light")
    open_title("欢迎使用")
    shot("welcome-zh-light")
    open_title("Welcome to Reader")
    shot("welcome-en-light")
    if corpus:
        open_title("AXIOS")
        shot("code-light")
        open_title("感受洪荒之力")
        win.view.verticalScrollBar().setValue(250)
        shot("images-light")
        win.apply_theme("dark")
        shot("images-dark")
        win.apply_theme("light")
        highlight("碳中和", [
            ("ESG投资成为新投资策略", "yellow", ""),
            ("科技行业也越来越受到资本市场的关注", "green", "资本市场关注科技行业的碳排放"),
            ("联想集团", "pink", ""),
            ("全球最大指数公司明晟（MSCI）上调联想集团ESG评级", "blue", "评级变化是关键证据"),
        ])  # fmt: skip
        shot("highlights-light")
        win.apply_theme("dark")
        shot("highlights-dark")
        win.apply_theme("sepia")
        shot("article-sepia")
        win.apply_theme("light")
    if not corpus:
        highlight("欢迎使用", [
            ("把你收藏的文章保存在本地", "yellow", ""),
            ("阅读时不会访问网络", "green", "离线优先：图片只从本地缓存读取"),
            ("重复导入是安全的", "blue", ""),
        ])  # fmt: skip
        shot("welcome-highlights-light")
    win.search_panel.field.setText("碳中和 腾讯" if corpus else "搜索")
    wait(800)
    win.search_panel.on_results_activated(win.search_panel.model.index(0))
    shot("search-light")
    win.apply_theme("dark")
    shot("search-dark")
    win.close()
    services.close()
    app.quit()


if __name__ == "__main__":
    main()
