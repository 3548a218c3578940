//! The browser module. Its entry points are the library's exports: `startApp` (called by
//! the standalone app's loader), and the element and JS API (used by `embed.js`); so
//! nothing runs when it loads.

// Links the library, and with it those exports.
use article_viewer as _;

fn main() {}
