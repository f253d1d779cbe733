//! Ctrl-C, SIGTERM and SIGHUP: byline ends with the status a shell expects
//! after each (130, 143, 129), having finished the line it was writing or
//! restored the terminal first.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The exit status after signal `sig`: 128 plus its number.
pub fn status(sig: i32) -> u8 {
    u8::try_from(128 + sig).unwrap_or(255)
}

/// The last termination signal caught, or 0; set by the signal handler
/// itself, so it is true as soon as the signal has arrived.
#[derive(Clone, Default)]
pub struct Caught(Arc<AtomicUsize>);

impl Caught {
    pub fn get(&self) -> Option<i32> {
        match self.0.load(Ordering::SeqCst) {
            0 => None,
            sig => i32::try_from(sig).ok(),
        }
    }
}

/// How the process answers a termination signal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The reader notices the signal in its event loop, restores the
    /// terminal and returns.
    Record,
    /// A batch stops between two lines of output: the signal waits for the
    /// line being written, then the process exits. A batch that ends
    /// while the signal is on its way asks `Caught` before it exits.
    Exit,
}

/// Watches for termination signals on a thread of its own (where any code
/// may run, unlike in a signal handler).
#[cfg(unix)]
pub fn watch(mode: Mode) -> std::io::Result<Caught> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    use std::io::Write;
    let caught = Caught::default();
    for sig in [SIGINT, SIGTERM, SIGHUP] {
        let value = usize::try_from(sig).unwrap_or(usize::MAX);
        signal_hook::flag::register_usize(sig, Arc::clone(&caught.0), value)?;
    }
    if mode == Mode::Record {
        return Ok(caught);
    }
    let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP])?;
    std::thread::spawn(move || {
        if let Some(sig) = signals.forever().next() {
            // Taking the lock waits for the line being written.
            let mut out = std::io::stdout().lock();
            let _ = out.flush();
            std::process::exit(i32::from(status(sig)));
        }
    });
    Ok(caught)
}

#[cfg(not(unix))]
pub fn watch(_mode: Mode) -> std::io::Result<Caught> {
    Ok(Caught::default())
}
