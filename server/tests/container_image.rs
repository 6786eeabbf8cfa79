//! The Docker image, built and started: `podman build` of the Dockerfile's
//! `prebuilt` stage with this tree's release binaries, then the image's
//! entrypoint started from the image's own root, as the image's user, with
//! the image's environment, the way a container engine would start it.
//!
//! Why not `podman run`: an engine sets resource limits on the container,
//! which unprivileged sandboxes (some CI runners among them) refuse. So the
//! test mounts the container's root (`podman mount`) and starts the
//! entrypoint in fresh PID, mount and network namespaces (`unshare`),
//! chrooted there as the image's user: process 1 of its own PID namespace,
//! on port 8080 of its own network, as in a container. What that leaves
//! unchecked is the engine itself (`docker run` flags, port publishing,
//! volume creation); docs/deployment.md says so.
//!
//! Needs root, podman, and a Debian base image: `localhost/debian:bookworm-slim`
//! is reused when present, else made with debootstrap (a minute or two, once).
//! Skipped, with a message, where podman is not installed.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a test: asserts by panicking

use std::io::{BufRead, BufReader, Write};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use caucus_core::OrganiserKey;
use rustix::process::{kill_process, Pid, Signal};
use serde_json::Value;

/// The runtime base, given to the build as `RUNTIME_IMAGE`: a local image,
/// so the build never reaches for a registry.
const BASE: &str = "localhost/debian:bookworm-slim";
/// The PATH a container engine gives an image that sets none.
const DEFAULT_PATH: &str = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
/// What `docker stop` waits for after SIGTERM before it sends SIGKILL.
const STOP_GRACE: Duration = Duration::from_secs(10);

#[test]
fn image_builds_and_serves_as_non_root_with_data_in_the_volume() {
    let Some(tools) = Tools::find() else { return };
    let started = Instant::now();
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace")
        .to_path_buf();
    let scratch = tempfile::tempdir().expect("tempdir");

    let binaries = release_binaries(&workspace);
    ensure_base_image(&tools, scratch.path());
    let context = build_context(&workspace, &binaries, scratch.path());

    let mut run = Run {
        image: format!("localhost/caucus-image-test:{}", std::process::id()),
        container: None,
        mounted: false,
        server: None,
    };
    let built = Instant::now();
    checked(
        podman(&[
            "build",
            "--isolation",
            "chroot",
            // Docker's format: the OCI format has no HEALTHCHECK.
            "--format",
            "docker",
            "--pull=never",
            "--layers=false",
            "--target",
            "prebuilt",
            "--build-arg",
            &format!("RUNTIME_IMAGE={BASE}"),
            "--tag",
            &run.image,
            "--file",
            context.join("Dockerfile").to_str().expect("utf8"),
            context.to_str().expect("utf8"),
        ]),
        Duration::from_secs(300),
        "podman build --target prebuilt",
    );
    let build_time = built.elapsed();

    // The image's own settings, as an engine reads them.
    let inspect = checked(
        podman(&["image", "inspect", &run.image]),
        Duration::from_secs(30),
        "podman image inspect",
    );
    let inspect: Value = serde_json::from_slice(&inspect.stdout).expect("inspect json");
    let image = &inspect[0];
    let config = &image["Config"];
    let user = config["User"].as_str().expect("the image names a user");
    let env: Vec<String> = strings(&config["Env"]);
    let entrypoint: Vec<String> = strings(&config["Entrypoint"]);
    assert_eq!(entrypoint, ["caucus-server"], "{config}");
    assert!(
        config["Volumes"].get("/data").is_some(),
        "a volume at /data: {config}"
    );
    assert!(
        config["ExposedPorts"].get("8080/tcp").is_some(),
        "port 8080 exposed: {config}"
    );
    let bind = lookup(&env, "CAUCUS_BIND").expect("CAUCUS_BIND set");
    assert_eq!(lookup(&env, "CAUCUS_DATA").as_deref(), Some("/data"));
    let port: u16 = bind
        .rsplit(':')
        .next()
        .expect("port")
        .parse()
        .expect("port");
    let health = &image["Healthcheck"];
    let health_test = strings(&health["Test"]);
    assert!(
        health_test.first().is_some_and(|kind| kind == "CMD-SHELL") && health_test.len() == 2,
        "a HEALTHCHECK in shell form: {health}"
    );
    let health_timeout = Duration::from_nanos(health["Timeout"].as_u64().unwrap_or(30_000_000_000));
    let size = image["Size"].as_u64().expect("size");

    // A container from it, and its root filesystem, writable as the
    // container's would be.
    let name = format!("caucus-image-test-{}", std::process::id());
    let created = checked(
        podman(&["create", "--name", &name, &run.image]),
        Duration::from_secs(30),
        "podman create",
    );
    run.container = Some(text(&created.stdout).trim().to_string());
    let container = run.container.clone().expect("container");
    let mounted = checked(
        podman(&["mount", &container]),
        Duration::from_secs(30),
        "podman mount",
    );
    run.mounted = true;
    let root = PathBuf::from(text(&mounted.stdout).trim());

    // The user the image runs as, resolved in the image's own files.
    let (uid, gid) = resolve_user(&root, user);
    assert_ne!(uid, 0, "the image runs as root ({user})");
    assert_ne!(gid, 0, "the image runs with group root ({user})");
    let spec = format!("{uid}:{gid}");

    // Both binaries are there and run on the image's libraries.
    for binary in ["caucus-server", "caucus"] {
        let path = root.join("usr/local/bin").join(binary);
        let mode = std::fs::metadata(&path)
            .unwrap_or_else(|e| panic!("{} in the image: {e}", path.display()))
            .permissions()
            .mode();
        assert_eq!(mode & 0o111, 0o111, "{binary} is executable by all");
        let mut version = Command::new("chroot");
        version
            .arg(format!("--userspec={spec}"))
            .arg(format!("--groups={gid}"))
            .arg(&root)
            .arg(format!("/usr/local/bin/{binary}"))
            .arg("--version")
            .env_clear()
            .env("PATH", DEFAULT_PATH);
        let out = checked(version, Duration::from_secs(30), binary);
        assert!(
            text(&out.stdout).starts_with(&format!("{binary} ")),
            "{binary} --version: {}",
            text(&out.stdout)
        );
    }

    // Start the entrypoint as a container would: process 1 of a PID
    // namespace with /proc, a private network with only loopback, a small
    // /dev, the image's environment and user, and an organiser key passed
    // in the environment as in the documented `docker run`.
    let organiser = OrganiserKey::generate(&mut rand::thread_rng());
    let mut environment: Vec<(String, String)> = env
        .iter()
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    if lookup(&env, "PATH").is_none() {
        environment.push(("PATH".into(), DEFAULT_PATH.into()));
    }
    environment.push(("HOME".into(), "/data".into()));
    environment.push(("CAUCUS_ORGANISER".into(), organiser.public().to_string()));
    let stderr_path = scratch.path().join("server.stderr.log");
    let stderr_file = std::fs::File::create(&stderr_path).expect("stderr log");
    let mut start = Command::new("unshare");
    start
        .args(["--pid", "--fork", "--kill-child", "--mount", "--net"])
        .arg(format!("--mount-proc={}", root.join("proc").display()))
        .args(["--", "sh", "-c", START_SCRIPT])
        .arg(&root)
        .arg(&spec)
        .args(&entrypoint)
        .env_clear()
        .envs(environment.iter().map(|(k, v)| (k, v)))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(stderr_file);
    let mut child = start.spawn().expect("start the entrypoint");
    let stdout = child.stdout.take().expect("stdout");
    run.server = Some(child);
    let (lines_tx, lines_rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if lines_tx.send(line).is_err() {
                break;
            }
        }
    });
    let listening = loop {
        match lines_rx.recv_timeout(Duration::from_secs(60)) {
            Ok(line) => {
                if let Some(address) = line.strip_prefix("caucus-server listening on ") {
                    break address.trim().to_string();
                }
            }
            Err(_) => panic!(
                "the server did not start: {}",
                std::fs::read_to_string(&stderr_path).unwrap_or_default()
            ),
        }
    };
    assert!(listening.ends_with(&format!(":{port}")), "{listening}");
    let launcher = run.server.as_ref().expect("server").id();
    let pid = only_child(launcher);

    // Not root: no root uid or gid in any slot, no supplementary root
    // group, no capability.
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("status");
    assert_eq!(field(&status, "Name:"), "caucus-server", "{status}");
    assert_eq!(
        field(&status, "NSpid:").split_whitespace().last(),
        Some("1"),
        "process 1 in its namespace"
    );
    for (name, id) in [("Uid:", uid), ("Gid:", gid)] {
        let ids: Vec<u32> = field(&status, name)
            .split_whitespace()
            .map(|n| n.parse().expect("id"))
            .collect();
        assert_eq!(ids, [id; 4], "{name} of the server: {status}");
    }
    assert!(
        field(&status, "Groups:")
            .split_whitespace()
            .all(|g| g != "0"),
        "no root group: {status}"
    );
    assert_eq!(field(&status, "CapEff:"), "0000000000000000", "{status}");
    assert_eq!(
        std::fs::read_link(format!("/proc/{pid}/root")).expect("root"),
        root,
        "the server sees the image's root"
    );

    // The image's own HEALTHCHECK, run inside the container as an engine
    // runs it, within its declared timeout.
    let mut check = enter(pid, uid, gid, &environment);
    check.args(["/bin/sh", "-c", &health_test[1]]);
    let out = bounded(check, health_timeout);
    assert!(
        out.status.success(),
        "the HEALTHCHECK failed: {}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    // /healthz, and a page rendered from the templates a release binary
    // carries (a debug build would look for them on the build machine).
    let healthz = get(pid, uid, gid, &environment, port, "/healthz");
    assert_eq!(status_code(&healthz), Some("200"), "{healthz}");
    let privacy = get(pid, uid, gid, &environment, port, "/privacy");
    assert_eq!(status_code(&privacy), Some("200"), "{privacy}");
    assert!(privacy.contains("</html>"), "{privacy}");

    // `docker stop`: SIGTERM to process 1, which must end it cleanly
    // before the engine's grace period runs out.
    kill_process(Pid::from_raw(pid as i32).expect("pid"), Signal::TERM).expect("SIGTERM");
    let stopped = wait_bounded(run.server.as_mut().expect("server"), STOP_GRACE)
        .unwrap_or_else(|| panic!("still running {STOP_GRACE:?} after SIGTERM"));
    run.server = None;
    assert!(
        stopped.success(),
        "exit after SIGTERM: {stopped}; {}",
        std::fs::read_to_string(&stderr_path).unwrap_or_default()
    );

    // The data is in /data, owned by the image's user, mode 0700; and
    // nothing outside /data was written (so a read-only root filesystem
    // with a volume at /data is enough).
    let data = std::fs::metadata(root.join("data")).expect("/data");
    assert_eq!((data.uid(), data.gid()), (uid, gid), "owner of /data");
    assert_eq!(data.mode() & 0o777, 0o700, "mode of /data");
    for name in ["sled", "server.key"] {
        let meta = std::fs::metadata(root.join("data").join(name))
            .unwrap_or_else(|e| panic!("/data/{name}: {e}"));
        assert_eq!(meta.uid(), uid, "/data/{name} owned by the image's user");
    }
    let diff = checked(
        podman(&["diff", "--format", "json", &container]),
        Duration::from_secs(30),
        "podman diff",
    );
    let diff: Value = serde_json::from_slice(&diff.stdout).expect("diff json");
    let mut changes = Vec::new();
    for kind in ["changed", "added", "deleted"] {
        changes.extend(strings(&diff[kind]));
    }
    assert!(!changes.is_empty(), "the server wrote nothing: {diff}");
    let outside: Vec<&String> = changes
        .iter()
        .filter(|path| *path != "/data" && !path.starts_with("/data/"))
        .collect();
    assert!(outside.is_empty(), "written outside /data: {outside:?}");

    drop(run);
    note(&format!(
        "image {size} bytes ({:.1} MB); podman build with prebuilt binaries {:.1} s; \
         whole test {:.1} s",
        size as f64 / 1e6,
        build_time.as_secs_f64(),
        started.elapsed().as_secs_f64()
    ));
}

/// Run by `sh -c` in the new namespaces, before the chroot: bring up
/// loopback, give the root a small /dev (as an engine does), then become
/// the entrypoint. Arguments: root, uid:gid, entrypoint....
const START_SCRIPT: &str = r#"set -e
root=$0 spec=$1
shift
ip link set lo up
mount -t tmpfs -o mode=0755,nosuid tmpfs "$root/dev"
for node in null zero full random urandom tty; do
  : > "$root/dev/$node"
  mount --bind "/dev/$node" "$root/dev/$node"
done
exec chroot --userspec="$spec" --groups="${spec#*:}" "$root" "$@"
"#;

/// The host tools the test needs, or `None` (and a message) to skip.
struct Tools {
    debootstrap: bool,
}

impl Tools {
    fn find() -> Option<Self> {
        if !on_path("podman") {
            note("skipped: podman is not installed (Debian: apt-get install podman debootstrap iproute2)");
            return None;
        }
        if !rustix::process::geteuid().is_root() {
            note("skipped: needs root (podman mount, namespaces and chroot)");
            return None;
        }
        for tool in ["unshare", "nsenter", "chroot", "ip", "timeout"] {
            assert!(
                on_path(tool),
                "{tool} is not installed (util-linux, coreutils, iproute2)"
            );
        }
        Some(Self {
            debootstrap: on_path("debootstrap"),
        })
    }
}

/// Removes what the test made, in order, also when an assertion fails: the
/// server (by PID; its namespaces, and the mounts in them, go with it), the
/// mount of the container's root, the container, the image.
struct Run {
    image: String,
    container: Option<String>,
    mounted: bool,
    server: Option<Child>,
}

impl Drop for Run {
    fn drop(&mut self) {
        if let Some(mut server) = self.server.take() {
            let _ = server.kill();
            let _ = server.wait();
        }
        if let Some(container) = &self.container {
            if self.mounted {
                let _ = bounded(podman(&["umount", container]), Duration::from_secs(30));
            }
            let _ = bounded(
                podman(&["rm", "--force", container]),
                Duration::from_secs(60),
            );
        }
        let _ = bounded(
            podman(&["rmi", "--force", &self.image]),
            Duration::from_secs(60),
        );
    }
}

/// `caucus-server` and `caucus`, built for release into this build's own
/// target directory (nothing to do when they are fresh).
fn release_binaries(workspace: &Path) -> PathBuf {
    let target = Path::new(env!("CARGO_BIN_EXE_caucus-server"))
        .parent()
        .and_then(Path::parent)
        .expect("target directory")
        .to_path_buf();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut build = Command::new(cargo);
    // Without the variables cargo sets for a test run: build scripts that
    // watch one (ring watches CARGO_MANIFEST_DIR) would rebuild everything.
    for (name, _) in std::env::vars_os() {
        let name = name.to_string_lossy();
        if name.starts_with("CARGO_PKG_")
            || [
                "CARGO_MANIFEST_DIR",
                "CARGO_MANIFEST_PATH",
                "CARGO_CRATE_NAME",
                "CARGO_BIN_NAME",
                "CARGO_PRIMARY_PACKAGE",
                "CARGO_TARGET_TMPDIR",
                "OUT_DIR",
            ]
            .contains(&name.as_ref())
        {
            build.env_remove(name.as_ref());
        }
    }
    build
        .current_dir(workspace)
        .args([
            "build",
            "--release",
            "--locked",
            "-p",
            "caucus-server",
            "-p",
            "caucus",
        ])
        .arg("--target-dir")
        .arg(&target);
    let began = Instant::now();
    checked(build, Duration::from_secs(1200), "cargo build --release");
    note(&format!(
        "release binaries ready in {:.1} s",
        began.elapsed().as_secs_f64()
    ));
    target.join("release")
}

/// The workspace itself when its binaries are in its own `target/` (so the
/// `.dockerignore` is tested too); otherwise a copy of what the `prebuilt`
/// stage reads.
fn build_context(workspace: &Path, binaries: &Path, scratch: &Path) -> PathBuf {
    if binaries == workspace.join("target/release") {
        return workspace.to_path_buf();
    }
    let context = scratch.join("context");
    std::fs::create_dir_all(context.join("target/release")).expect("context");
    for file in ["Dockerfile", ".dockerignore"] {
        std::fs::copy(workspace.join(file), context.join(file)).expect("copy");
    }
    for binary in ["caucus-server", "caucus"] {
        std::fs::copy(
            binaries.join(binary),
            context.join("target/release").join(binary),
        )
        .expect("copy binary");
    }
    context
}

/// A minimal Debian bookworm image under [`BASE`]: reused when present,
/// else made with debootstrap and trimmed as the slim image is.
fn ensure_base_image(tools: &Tools, scratch: &Path) {
    let exists = bounded(podman(&["image", "exists", BASE]), Duration::from_secs(30));
    if exists.status.success() {
        return;
    }
    assert!(
        tools.debootstrap,
        "{BASE} is missing and debootstrap is not installed to make it"
    );
    let began = Instant::now();
    let rootfs = scratch.join("rootfs");
    let mut debootstrap = Command::new("debootstrap");
    debootstrap
        .args(["--variant=minbase", "bookworm"])
        .arg(&rootfs)
        .arg("http://deb.debian.org/debian");
    checked(debootstrap, Duration::from_secs(600), "debootstrap");
    let mut trim = Command::new("sh");
    trim.arg("-c")
        .arg(
            "cd \"$0\" && rm -rf var/cache/apt/archives/*.deb var/cache/apt/*.bin \
             var/lib/apt/lists/* usr/share/doc/* usr/share/man/* usr/share/info/* \
             && find usr/share/locale -mindepth 1 -maxdepth 1 ! -name locale.alias \
             -exec rm -rf {} +",
        )
        .arg(&rootfs);
    checked(trim, Duration::from_secs(60), "trim the base");
    let mut import = Command::new("sh");
    import
        .arg("-c")
        .arg(
            "tar -C \"$0\" -c . | podman import \
             --change \"ENV PATH=$1\" --change 'CMD [\"bash\"]' - \"$2\"",
        )
        .arg(&rootfs)
        .arg(DEFAULT_PATH)
        .arg(BASE);
    checked(import, Duration::from_secs(120), "podman import");
    note(&format!(
        "made {BASE} with debootstrap in {:.1} s (kept for later runs)",
        began.elapsed().as_secs_f64()
    ));
}

/// The single child of `pid` (the entrypoint, under `unshare --fork`).
fn only_child(pid: u32) -> u32 {
    let children =
        std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children")).expect("children");
    let children: Vec<u32> = children
        .split_whitespace()
        .map(|c| c.parse().expect("pid"))
        .collect();
    assert_eq!(children.len(), 1, "one entrypoint process: {children:?}");
    children[0]
}

/// A command run inside the server's namespaces and root, as its user,
/// with the container's environment: what `docker exec` does.
fn enter(pid: u32, uid: u32, gid: u32, environment: &[(String, String)]) -> Command {
    let mut command = Command::new("nsenter");
    command
        .arg(format!("--target={pid}"))
        .args(["--mount", "--net", "--pid", "--root", "--wd"])
        .arg(format!("--setuid={uid}"))
        .arg(format!("--setgid={gid}"))
        .arg("--")
        .env_clear()
        .envs(environment.iter().map(|(k, v)| (k, v)));
    command
}

/// GET `path` from inside the container with bash's /dev/tcp: the status
/// line, headers and body.
fn get(
    pid: u32,
    uid: u32,
    gid: u32,
    environment: &[(String, String)],
    port: u16,
    path: &str,
) -> String {
    let mut fetch = enter(pid, uid, gid, environment);
    fetch
        .args(["bash", "-c"])
        .arg(
            "exec 3<>\"/dev/tcp/127.0.0.1/$1\" && \
             printf 'GET %s HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' \"$2\" >&3 && cat <&3",
        )
        .arg("get")
        .arg(port.to_string())
        .arg(path);
    text(&checked(fetch, Duration::from_secs(20), path).stdout)
}

/// The numeric uid and gid of an image's `USER` (`name`, `uid`, `name:group`
/// or `uid:gid`), looked up in the image's /etc/passwd and /etc/group.
fn resolve_user(root: &Path, user: &str) -> (u32, u32) {
    let passwd = std::fs::read_to_string(root.join("etc/passwd")).expect("passwd");
    let group = std::fs::read_to_string(root.join("etc/group")).expect("group");
    let (user, group_name) = match user.split_once(':') {
        Some((u, g)) => (u, Some(g)),
        None => (user, None),
    };
    let entry = passwd
        .lines()
        .map(|line| line.split(':').collect::<Vec<_>>())
        .find(|f| f.len() > 3 && (f[0] == user || f[2] == user))
        .unwrap_or_else(|| panic!("user {user} not in the image's /etc/passwd"));
    let uid: u32 = entry[2].parse().expect("uid");
    let gid: u32 = match group_name {
        None => entry[3].parse().expect("gid"),
        Some(name) => name.parse().unwrap_or_else(|_| {
            group
                .lines()
                .map(|line| line.split(':').collect::<Vec<_>>())
                .find(|f| f.len() > 2 && f[0] == name)
                .unwrap_or_else(|| panic!("group {name} not in the image's /etc/group"))[2]
                .parse()
                .expect("gid")
        }),
    };
    (uid, gid)
}

/// The status code of a raw HTTP response.
fn status_code(response: &str) -> Option<&str> {
    response.lines().next()?.split_whitespace().nth(1)
}

fn podman(args: &[&str]) -> Command {
    let mut command = Command::new("podman");
    command.args(args);
    command
}

/// Run `command` to its end, killed (by PID) if it outlasts `limit`.
fn bounded(mut command: Command, limit: Duration) -> Output {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command
        .spawn()
        .unwrap_or_else(|e| panic!("{command:?}: {e}"));
    // Drain both pipes on threads, so a chatty command never blocks.
    let mut stdout = child.stdout.take().expect("stdout");
    let mut stderr = child.stderr.take().expect("stderr");
    let out = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stdout, &mut buf);
        buf
    });
    let err = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stderr, &mut buf);
        buf
    });
    let status = match wait_bounded(&mut child, limit) {
        Some(status) => status,
        None => {
            let _ = child.kill();
            let status = child.wait().expect("wait");
            let _ = writeln!(
                std::io::stderr(),
                "container_image: {command:?} killed after {limit:?}"
            );
            status
        }
    };
    Output {
        status,
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
    }
}

/// [`bounded`], and it must succeed.
fn checked(command: Command, limit: Duration, what: &str) -> Output {
    let out = bounded(command, limit);
    assert!(
        out.status.success(),
        "{what}: {}\n{}{}",
        out.status,
        text(&out.stdout),
        text(&out.stderr)
    );
    out
}

/// The exit status, or `None` if `child` is still running after `limit`.
fn wait_bounded(child: &mut Child, limit: Duration) -> Option<ExitStatus> {
    let deadline = Instant::now() + limit;
    loop {
        if let Some(status) = child.try_wait().expect("try_wait") {
            return Some(status);
        }
        if Instant::now() >= deadline {
            return None;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn on_path(tool: &str) -> bool {
    std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).any(|dir| dir.join(tool).is_file()))
        .unwrap_or(false)
}

fn lookup(env: &[String], name: &str) -> Option<String> {
    env.iter()
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn field<'a>(status: &'a str, name: &str) -> &'a str {
    status
        .lines()
        .find_map(|line| line.strip_prefix(name))
        .map(str::trim)
        .unwrap_or_default()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A line the test harness does not capture: a skip or a measurement must
/// show in CI logs even when the test passes.
fn note(line: &str) {
    let _ = writeln!(std::io::stderr(), "container_image: {line}");
}
