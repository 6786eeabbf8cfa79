//! Fuzz target `statement_toml`: arbitrary bytes through `caucus_core::fuzzing::statement_toml`
//! (see that function for what is parsed and which properties must hold).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Err(violation) = caucus_core::fuzzing::statement_toml(data) {
        panic!("{violation}");
    }
});
