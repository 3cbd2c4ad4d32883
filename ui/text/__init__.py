"""Text catalog of the app, one module per page or concern.

Each module defines ``TEXT: dict[str, dict[str, str]]`` mapping a dotted key to its
Korean (``"ko"``) and English (``"en"``) strings. Keys start with the module's prefix
(``flip.``, ``stride.``...) so that two modules never define the same key.
"""
