# caucus-server and the caucus CLI in one small image, run as a non-root user.
#
#   docker build -t caucus .                      # compiles in rust:1-bookworm
#   cargo build --release --locked -p caucus-server -p caucus \
#     && docker build --target prebuilt -t caucus .   # takes target/release/
#
# Each build uses only the stages its target needs (BuildKit, Docker's
# default builder, and Podman do; the legacy builder would build all).
# Both base images are build arguments, for a mirror or a local copy:
#   --build-arg RUST_IMAGE=... --build-arg RUNTIME_IMAGE=...
# Binaries built on the host must be linked against a glibc no newer than
# the runtime image's (Debian bookworm: 2.36), so build them on bookworm.
ARG RUST_IMAGE=rust:1-bookworm
ARG RUNTIME_IMAGE=debian:bookworm-slim

FROM ${RUST_IMAGE} AS build
WORKDIR /src
COPY . .
# A target directory of its own, so binaries copied in with the context
# (see .dockerignore) are never mistaken for fresh ones.
RUN cargo build --release --locked --target-dir /build -p caucus-server -p caucus

# Everything but the binaries; the two stages below add them.
FROM ${RUNTIME_IMAGE} AS runtime
# A fixed numeric user, so a bind-mounted data directory can be chowned to
# it on the host and orchestrators can check that it is not root.
RUN groupadd --gid 10001 caucus \
 && useradd --uid 10001 --gid caucus --home-dir /data --no-create-home \
      --shell /usr/sbin/nologin caucus \
 && install -d -o caucus -g caucus -m 0700 /data
# A new named volume takes this owner and mode from the image.
VOLUME ["/data"]
ENV CAUCUS_DATA=/data CAUCUS_BIND=0.0.0.0:8080
EXPOSE 8080
# GET /healthz over bash's /dev/tcp (the slim image has no curl), on the
# port CAUCUS_BIND names.
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD bash -c 'exec 3<>"/dev/tcp/127.0.0.1/${CAUCUS_BIND##*:}" && printf "GET /healthz HTTP/1.0\r\n\r\n" >&3 && grep -q "^HTTP/1.[01] 200" <&3'
USER 10001:10001
# The server stops cleanly on SIGTERM (docker stop), as process 1.
ENTRYPOINT ["caucus-server"]

# Binaries already built on the host: docker build --target prebuilt.
FROM runtime AS prebuilt
COPY target/release/caucus-server target/release/caucus /usr/local/bin/

# The default: binaries compiled in the build stage.
FROM runtime AS image
COPY --from=build /build/release/caucus-server /build/release/caucus /usr/local/bin/
