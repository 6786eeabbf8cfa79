//! Fuzz target `request_sig`: arbitrary bytes through `caucus_core::fuzzing::request_signature`
//! (see that function for what is parsed and which properties must hold).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Err(violation) = caucus_core::fuzzing::request_signature(data) {
        panic!("{violation}");
    }
});
