//! Answer insights: does an answer say what was done, what difference it made, and how you know?
