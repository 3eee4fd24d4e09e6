//! `claimdiff completions SHELL`: the shell completion script for bash, zsh, fish, elvish or
//! PowerShell (clap_complete), written to stdout.

use std::io::Write;

use anyhow::{Context, Result};
use clap::Args;
use clap_complete::Shell;

#[derive(Args)]
#[command(
    after_help = "Example: claimdiff completions bash > ~/.local/share/bash-completion/completions/claimdiff"
)]
pub struct CompletionsArgs {
    /// The shell to complete in.
    shell: Shell,
}

pub fn run(args: &CompletionsArgs, cli: &mut clap::Command, out: &mut dyn Write) -> Result<()> {
    let name = cli.get_name().to_string();
    // clap_complete panics on a write error; written to memory first, a closed pipe
    // (`| head`) is an ordinary write error.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, cli, name, &mut script);
    out.write_all(&script).context(super::WRITE_ERROR)
}
