//! Sizes of `dist/`: what every student downloads, raw and gzip -9.

use std::fmt;
use std::io::Write;
use std::path::Path;

use flate2::Compression;
use flate2::write::GzEncoder;

use crate::build::DIST_FILES;

/// The most the whole suite (wasm + JS + CSS, gzip) may weigh. Issue 8 asks for 150 KB; with Yew
/// and serde that is out of reach (a Yew radar with serde_json alone is 95 KB), so this holds the
/// line at the measured size of the three widgets with their locale tables plus a little room, and
/// fails on any regression. Raised from 370 to 375 KB for the heatmap's incremental update
/// (`addEvidence`, the per-learner rollup and the rows kept between renders: 368.5 → 373.9 KB);
/// the locale tables compiled at build time then brought it to 370.3 KB.
/// See docs/architecture.md, "Size", for what was measured and what a smaller suite would take.
pub const BUDGET_GZIP_BYTES: u64 = 375 * 1024;

pub struct FileSize {
    pub name: &'static str,
    pub raw: u64,
    pub gzip: u64,
}

pub struct SizeReport {
    pub files: Vec<FileSize>,
}

impl SizeReport {
    pub fn total_raw(&self) -> u64 {
        self.files.iter().map(|f| f.raw).sum()
    }

    pub fn total_gzip(&self) -> u64 {
        self.files.iter().map(|f| f.gzip).sum()
    }
}

pub fn measure(dist: &Path) -> Result<SizeReport, String> {
    let mut files = Vec::new();
    for name in DIST_FILES {
        let bytes =
            std::fs::read(dist.join(name)).map_err(|e| format!("cannot read dist/{name}: {e}"))?;
        files.push(FileSize {
            name,
            raw: bytes.len() as u64,
            gzip: gzip_len(&bytes)?,
        });
    }
    Ok(SizeReport { files })
}

pub fn gzip_len(bytes: &[u8]) -> Result<u64, String> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(bytes).map_err(|e| e.to_string())?;
    let compressed = encoder.finish().map_err(|e| e.to_string())?;
    Ok(compressed.len() as u64)
}

fn kb(bytes: u64) -> String {
    format!("{:.1} KB", bytes as f64 / 1024.0)
}

impl fmt::Display for SizeReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{:<26} {:>12} {:>12}", "dist/", "raw", "gzip -9")?;
        for file in &self.files {
            writeln!(
                f,
                "{:<26} {:>12} {:>12}",
                file.name,
                kb(file.raw),
                kb(file.gzip)
            )?;
        }
        writeln!(
            f,
            "{:<26} {:>12} {:>12}",
            "total",
            kb(self.total_raw()),
            kb(self.total_gzip())
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gzip_shrinks_repetitive_text() {
        let text = "learner ".repeat(1000);
        let gz = gzip_len(text.as_bytes()).unwrap();
        assert!(gz > 0 && gz < 100, "{gz}");
    }
}
