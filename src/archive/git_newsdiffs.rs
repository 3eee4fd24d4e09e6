//! NewsDiffs' git archives: one file per article, named by its URL's host and path, one
//! commit per version.

use std::path::Path;

use anyhow::{bail, Result};

use super::found::Found;

/// How many versions the repository holds.
pub fn count(path: &Path) -> Result<u64> {
    bail!(
        "{}: git-newsdiffs archives are not read yet",
        path.display()
    )
}

/// Reads every version of the repository.
pub fn read(path: &Path, _each: &mut dyn FnMut(Found) -> Result<()>) -> Result<()> {
    bail!(
        "{}: git-newsdiffs archives are not read yet",
        path.display()
    )
}
