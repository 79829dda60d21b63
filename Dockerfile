# The screening service (clearance serve) as a container image:
#   docker build -t clearance .
#   docker run -p 8080:8080 -v clearance-data:/data clearance
# Other commands run the same way: docker run -v clearance-data:/data clearance lists
# The first start loads the bundled list snapshot into /data (a minute or two); GET /readyz says when.

# Build: the runnable jar, without the tests (they need the shared reference data beside the checkout).
FROM maven:3-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -ntp -DskipTests -pl clearance-cli -am package

# Run: a JRE, the fonts the dossier's PDF embeds (Latin, Chinese) and curl for the health check.
FROM eclipse-temurin:17-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-dejavu-core fonts-droid-fallback curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /data --no-create-home clearance \
    && mkdir /data && chown clearance /data
COPY --from=build /src/clearance-cli/target/clearance.jar /app/clearance.jar
USER clearance
# the store, the screening index and downloads; keep it on a volume so restarts reuse them
ENV CLEARANCE_HOME=/data
VOLUME /data
# heap from the container's memory limit rather than the host's; the throughput collector, as ./clearance runs the
# service (README, "Load test": shorter pauses than G1's under load on two cores)
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+UseParallelGC -XX:PerMethodRecompilationCutoff=10000 -XX:PerBytecodeRecompilationCutoff=10000"
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD curl -fsS http://localhost:8080/healthz || exit 1
# exec: java is PID 1 and receives docker stop's SIGTERM, which stops the service gracefully
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/clearance.jar \"$@\"", "clearance"]
CMD ["serve", "--port", "8080"]
