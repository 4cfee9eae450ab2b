use std::process::ExitCode;

fn main() -> ExitCode {
    psw_coach::cli::run()
}
