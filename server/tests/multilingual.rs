//! Surveys and statements written in several languages (`[lang.xx]`
//! tables), through the real server and CLI: each page shows the
//! campaign's text in the language the URL, then the browser, then the
//! file chooses; organisers' text in another language than the page's
//! words is marked with its own `lang`; the same option chosen on a
//! Spanish and an Arabic form counts as one; tallies, results pages and
//! invite sheets print in the language asked for; and a statement's
//! translations are signed into its log's header and checked by `caucus
//! verify`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code asserts by panicking

mod common;

use common::*;
use serde_json::Value;

const SURVEY: &str = include_str!("../../examples/multilingual-survey.toml");
const STATEMENT: &str = include_str!("../../examples/multilingual-statement.toml");

/// A page, with an `Accept-Language` header if given.
fn page(url: &str, accept: Option<&str>) -> String {
    let mut request = agent().get(url);
    if let Some(accept) = accept {
        request = request.set("Accept-Language", accept);
    }
    let (status, body) = call(request.call());
    assert_eq!(status, 200, "{url}: {body}");
    body
}

/// Post the survey form as a browser would, from the page in `lang`.
fn post_form(base: &str, id: &str, lang: &str, fields: &[(&str, &str)]) -> (u16, String) {
    call(
        agent()
            .post(&format!("{base}/s/{id}?lang={lang}"))
            .send_form(fields),
    )
}

#[test]
fn each_reader_gets_the_survey_in_their_language_and_answers_count_as_one() {
    let f = Fixture::new();
    let id = create_survey(&f.server, &f.key_path, SURVEY);
    let base = f.base().to_string();
    let code = invites(&f.key, &id, 1).remove(0);
    let form = format!("{base}/s/{id}?invite={code}");

    // The browser's language, when the survey has it.
    let es = page(&form, Some("es-MX,es;q=0.9,en;q=0.5"));
    assert!(es.contains("<html lang=\"es\" dir=\"ltr\">"), "{es}");
    assert!(es.contains("<h1 dir=\"auto\">La vigilancia en el trabajo: una encuesta breve</h1>"));
    assert!(es.contains("¿Dónde trabajas?") && es.contains(">Almacén</span>"));
    // The form sends the option as the file wrote it, whatever is shown.
    assert!(es.contains("value=\"Warehouse\""), "{es}");
    assert!(!es.contains(">Warehouse<") && !es.contains("Where do you work?"));
    // The option the survey added is said in the page's words.
    assert!(es.contains(&caucus_core::i18n::text(
        "es",
        "option-prefer-not-to-say",
        &[]
    )));

    // The URL's choice wins over the browser's.
    let ar = page(&format!("{form}&lang=ar"), Some("es"));
    assert!(ar.contains("<html lang=\"ar\" dir=\"rtl\">"), "{ar}");
    assert!(ar.contains("المراقبة في العمل: استبيان قصير") && ar.contains(">المستودع</span>"));
    // Every link and form of the page carries the choice on.
    assert!(ar.contains(&format!("action=\"/s/{id}?lang=ar\"")), "{ar}");

    // Words in German, the survey (which has no German) in its own
    // language, marked as such for screen readers.
    let de = page(&form, Some("de"));
    assert!(de.contains("<html lang=\"de\" dir=\"ltr\">"), "{de}");
    assert!(de.contains("<h1 dir=\"auto\" lang=\"en\">Monitoring at work: a short survey</h1>"));
    assert!(de.contains("lang=\"en\">Where do you work?</span>"), "{de}");

    // The switcher offers the page in every language, as plain links.
    for code in ["en", "es", "fr", "de", "pt", "ar"] {
        assert!(
            de.contains(&format!("lang={code}\"")),
            "no {code} link in {de}"
        );
    }

    // Ten people answer, half on the Spanish form, half on the Arabic one,
    // all choosing the first site.
    let codes = invites(&f.key, &id, 10);
    for (i, code) in codes.iter().enumerate() {
        let lang = if i % 2 == 0 { "es" } else { "ar" };
        let fields = [
            ("invite", code.as_str()),
            ("q_site", "Warehouse"),
            ("q_recorded", "Keystrokes"),
            ("q_consent", "4"),
        ];
        let (status, body) = post_form(&base, &id, lang, &fields);
        assert_eq!(status, 201, "{lang}: {body}");
        assert!(body.contains(&format!("<html lang=\"{lang}\"")), "{body}");
    }
    f_cli(&f, &["close", &id]);

    // Counted once, by option: all ten in the first site.
    let json: Value =
        serde_json::from_str(&f_cli(&f, &["tally", &id, "--format", "json"])).expect("json");
    let site = &json["questions"][0];
    assert_eq!(site["options"][0]["value"], "Warehouse");
    assert_eq!(site["options"][0]["count"], 10, "{site}");

    // Printed in the language asked for.
    let table = f_cli(&f, &["tally", &id, "--lang", "es"]);
    assert!(
        table.contains("¿Dónde trabajas?") && table.contains("Almacén"),
        "{table}"
    );
    assert!(!table.contains("Where do you work?"), "{table}");
    let markdown = f_cli(&f, &["tally", &id, "--lang", "ar", "--format", "markdown"]);
    assert!(
        markdown.contains("أين تعمل؟") && markdown.contains("المستودع"),
        "{markdown}"
    );
    let html = f_cli(&f, &["tally", &id, "--lang", "es", "--format", "html"]);
    assert!(
        html.contains("<html lang=\"es\"") && html.contains("Almacén"),
        "{html}"
    );
    let refused = f
        .cli(&["tally", &id, "--lang", "it"])
        .expect_err("no Italian");
    assert!(refused.to_string().contains("en, ar, es"), "{refused:#}");

    // The results page follows the reader, from the one publication.
    f_cli(&f, &["publish", &id, "--by", "site"]);
    let results = format!("{base}/s/{id}/results");
    let es = page(&results, Some("es"));
    assert!(
        es.contains("¿Dónde trabajas?") && es.contains("Almacén"),
        "{es}"
    );
    assert!(!es.contains(">Warehouse<"), "{es}");
    let en = page(&results, None);
    assert!(
        en.contains("Where do you work?") && en.contains("Warehouse"),
        "{en}"
    );
}

/// `f.cli` that must succeed.
fn f_cli(f: &Fixture, args: &[&str]) -> String {
    f.cli(args).unwrap_or_else(|e| panic!("{args:?}: {e:#}"))
}

#[test]
fn a_survey_in_another_language_is_shown_in_it_by_default() {
    let f = Fixture::new();
    let text = "title = \"Encuesta sobre la vigilancia\"\n\
        [lang]\ndefault = \"es\"\n\
        [lang.pl]\ntitle = \"Ankieta o monitoringu\"\n\
        [[question]]\nid = \"a\"\nkind = \"likert\"\nprompt = \"Me preocupa.\"\n\
        [lang.pl.question.a]\nprompt = \"Martwi mnie to.\"\n";
    let id = create_survey(&f.server, &f.key_path, text);
    let code = invites(&f.key, &id, 1).remove(0);
    let form = format!("{}/s/{id}?invite={code}", f.base());

    // No choice in the URL, none the survey has in the browser: its own.
    let page_es = page(&form, None);
    assert!(
        page_es.contains("<html lang=\"es\" dir=\"ltr\">"),
        "{page_es}"
    );
    assert!(page_es.contains("<h1 dir=\"auto\">Encuesta sobre la vigilancia</h1>"));

    // A language caucus has no words for: the survey's text in it, the
    // words in the browser's language, then the survey's own.
    let pl = page(&format!("{form}&lang=pl"), None);
    assert!(pl.contains("<html lang=\"es\""), "{pl}");
    assert!(
        pl.contains("<h1 dir=\"auto\" lang=\"pl\">Ankieta o monitoringu</h1>"),
        "{pl}"
    );
    assert!(pl.contains("lang=\"pl\">Martwi mnie to.</span>"), "{pl}");
    // It is in the switcher, named by its tag, and is the current choice.
    assert!(pl.contains("lang=pl\""), "{pl}");
    // And the choice is carried on by every link of the page.
    assert!(pl.contains("href=\"/privacy?lang=pl\""), "{pl}");
    let pl_fr = page(&format!("{form}&lang=pl"), Some("fr"));
    assert!(pl_fr.contains("<html lang=\"fr\""), "{pl_fr}");
}

#[test]
fn a_statement_s_translations_are_signed_and_verified() {
    let f = Fixture::new();
    let id = create_statement(&f.server, &f.key_path, STATEMENT);
    let base = f.base().to_string();
    let statement: caucus_core::statement::Statement =
        caucus_core::statement::Statement::from_toml(STATEMENT).expect("valid");
    let es_hash = statement.translation_hashes().remove("es").expect("es");

    let es = page(&format!("{base}/st/{id}"), Some("es"));
    assert!(
        es.contains("No al registro de teclas para entrenar IA"),
        "{es}"
    );
    // The fingerprint shown is that of the text shown.
    assert!(es.contains(&es_hash), "{es}");
    assert!(!es.contains(&statement.text_hash()), "{es}");
    let en = page(&format!("{base}/st/{id}"), None);
    assert!(
        en.contains("No keystroke logging for AI training") && en.contains(&statement.text_hash())
    );

    // The header the organiser signed names the translation's hash.
    let url = format!("{base}/api/v1/statements/{id}/entries?start=0&limit=1");
    let (_, entries) = call(agent().get(&url).call());
    let entries: Value = serde_json::from_str(&entries).expect("json");
    let header = entries["entries"][0]["entry"].as_str().expect("header");
    let header = caucus_core::encoding::from_b64url(header).expect("base64url");
    let header = String::from_utf8(header).expect("text");
    assert!(
        header.contains(&format!("\ntranslation es {es_hash}\n")),
        "{header}"
    );
    let state = f.dir.path().join("verify-state");
    let state = state.to_str().expect("utf8");
    let verified = cli(&["verify", &id, "--server", &base, "--state", state]).expect("verifies");
    assert!(verified.contains("translations (es)"), "{verified}");

    // A bilingual invite sheet: each card in both languages.
    let sheet = f_cli(
        &f,
        &[
            "invites", &id, "--count", "3", "--format", "html", "--lang", "es,en",
        ],
    );
    assert!(sheet.contains("<html lang=\"es\""), "{sheet}");
    assert_eq!(
        sheet
            .matches("lang=\"es\">No al registro de teclas")
            .count(),
        3,
        "{sheet}"
    );
    assert_eq!(
        sheet.matches("lang=\"en\">No keystroke logging").count(),
        3,
        "{sheet}"
    );
}
