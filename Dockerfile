# caucus-server: multi-stage build, runs as a non-root user.
FROM rust:1-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked -p caucus-server -p caucus

FROM debian:bookworm-slim
RUN useradd --system --home-dir /data --shell /usr/sbin/nologin caucus \
 && mkdir -p /data && chown caucus /data
COPY --from=build /src/target/release/caucus-server /usr/local/bin/caucus-server
COPY --from=build /src/target/release/caucus /usr/local/bin/caucus
USER caucus
VOLUME ["/data"]
ENV CAUCUS_DATA=/data CAUCUS_BIND=0.0.0.0:8080
EXPOSE 8080
# Health check: GET /healthz over bash's /dev/tcp (the slim image has no curl).
HEALTHCHECK --interval=30s --timeout=5s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /healthz HTTP/1.0\r\n\r\n" >&3 && grep -q "200 OK" <&3'
ENTRYPOINT ["caucus-server"]
