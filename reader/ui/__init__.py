"""The PySide6 window: widgets, Qt item models, delegates, dialogs and themes."""
