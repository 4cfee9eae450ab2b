//! The line-by-line mode for screen readers and scripts.
