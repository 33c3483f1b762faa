package fi.polku.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fi.polku.testkit.ProjectFiles;

/**
 * The database's limit for a registration: pgbench running, in one transaction, the statements intake's register
 * request runs (idempotency-key look-up, identity-index look-up, client row, ClientRegistered outbox row, access log
 * row, AccessRecorded outbox row, idempotency record), with payloads copied from real ones. It runs in a scratch
 * database made from intake's own Flyway migrations, on the system's PostgreSQL server, so the real databases are
 * not touched and the tables, indexes and triggers are the same.
 */
final class PgbenchBaseline {

    /**
     * One pgbench run; {@code cpu}: PostgreSQL's CPU over it (the server's share of a transaction) and pgbench's
     * own (its tools share), {@code background}: PostgreSQL's CPU over as long a time with the system idle.
     */
    record Run(int clients, double tps, double averageLatencyMillis, long transactions, SystemCpu.Usage cpu,
            SystemCpu.Usage background) {

        double postgresMillisPerTransaction() {
            return (cpu.postgres() - background.postgres()) / 1e6 / transactions;
        }

        double pgbenchMillisPerTransaction() {
            return cpu.tools() / 1e6 / transactions;
        }

        /** PostgreSQL (net of its idle background) and the pgbench client together. */
        double millisPerTransaction() {
            return postgresMillisPerTransaction() + pgbenchMillisPerTransaction();
        }
    }

    static final String SCRATCH = "bench_scratch";
    private static final List<Path> EXECUTABLES = List.of(Path.of("/usr/lib/postgresql/15/bin/pgbench"),
            Path.of("/usr/bin/pgbench"));
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");
    private static final Pattern TRANSACTIONS = Pattern.compile("number of transactions actually processed: (\\d+)");
    private static final Duration IDLE_WINDOW = Duration.ofSeconds(3);

    private static final String SCRIPT = """
            \\set worker random(1, 32)
            BEGIN;
            SELECT request_hash, status, body, location FROM idempotency_record
              WHERE caller = 'bench-intake-' || :worker AND idem_key = gen_random_uuid()::text;
            SELECT id, merged_into FROM client
              WHERE identity_code_index = encode(sha256(gen_random_uuid()::text::bytea), 'hex');
            INSERT INTO client (id, identity_code_encrypted, identity_code_index, temporary_identity_code,
                                birth_date, first_name, last_name, municipality_code, preferred_language,
                                phone, email, registered_at, updated_at, version, merged_into, merged_at)
              VALUES (gen_random_uuid(), bench_encrypted_code(),
                      encode(sha256(gen_random_uuid()::text::bytea), 'hex'), false,
                      DATE '1962-01-01' + (random() * 14000)::int, 'Aino', 'Virtanen', '398', 'fi',
                      '+358401234567', NULL, now(), now(), 0, NULL, NULL);
            INSERT INTO outbox_event (id, aggregatetype, aggregateid, type, payload)
              SELECT gen_random_uuid(), 'polku.intake.events', gen_random_uuid()::text,
                     'fi.polku.intake.ClientRegistered.v1', CAST(body AS jsonb)
              FROM bench_sample WHERE kind = 'registered';
            INSERT INTO access_log (id, occurred_at, service, actor_subject, actor_name, actor_roles, actor_org,
                                    client_id, action, purpose, outcome)
              VALUES (gen_random_uuid(), now(), 'intake', 'bench-intake-' || :worker, 'bench-intake-' || :worker,
                      'intake-worker', 'hyvinvointialue-dev', gen_random_uuid(), 'register client',
                      'client intake and service guidance', 'ALLOWED');
            INSERT INTO outbox_event (id, aggregatetype, aggregateid, type, payload)
              SELECT gen_random_uuid(), 'polku.audit.access', gen_random_uuid()::text,
                     'fi.polku.intake.AccessRecorded.v1', CAST(body AS jsonb)
              FROM bench_sample WHERE kind = 'accessed';
            INSERT INTO idempotency_record (caller, idem_key, request_hash, status, body, location)
              SELECT 'bench-intake-' || :worker, gen_random_uuid()::text,
                     encode(sha256(gen_random_uuid()::text::bytea), 'hex'), 201, body,
                     '/api/v1/clients/' || gen_random_uuid()
              FROM bench_sample WHERE kind = 'response';
            END;
            """;

    private final Postgres postgres;
    private final Path workDir;
    private final SystemCpu cpu;

    PgbenchBaseline(Postgres postgres, Path workDir, SystemCpu cpu) {
        this.postgres = postgres;
        this.workDir = workDir;
        this.cpu = cpu;
    }

    static boolean available() {
        return EXECUTABLES.stream().anyMatch(Files::isExecutable);
    }

    static String executable() {
        for (Path candidate : EXECUTABLES) {
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new IllegalStateException("pgbench is missing: install Debian's postgresql-15 (bench/ensure-pgbench.sh,"
                + " which ./polku bench runs, does as root)");
    }

    List<Run> run(List<Integer> clientCounts, Duration each) {
        createScratchDatabase();
        Path script = writeScript();
        // what PostgreSQL spends anyway while the services wait (their relays' and consumers' polls)
        SystemCpu.Usage idle = cpu.idle(IDLE_WINDOW);
        List<Run> runs = new ArrayList<>();
        for (int clients : clientCounts) {
            runs.add(pgbench(script, clients, each, idle));
        }
        return runs;
    }

    private void createScratchDatabase() {
        try (Connection connection = postgres.connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + SCRATCH);
            statement.execute("CREATE DATABASE " + SCRATCH);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the scratch database", e);
        }
        try (Connection connection = postgres.connect(SCRATCH); Statement statement = connection.createStatement()) {
            for (String migration : List.of("libs/platform/src/main/resources/db/platform/V0_1__platform.sql",
                    "services/intake-service/src/main/resources/db/migration/V1__client.sql",
                    "services/intake-service/src/main/resources/db/migration/V2__intake.sql")) {
                statement.execute(Files.readString(ProjectFiles.resolve(migration)));
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Cannot apply intake's migrations to the scratch database", e);
        }
    }

    /**
     * The script reads the sample payloads from a table rather than from literals, since pgbench would take the
     * colons of their timestamps for variables.
     */
    private Path writeScript() {
        try (Connection connection = postgres.connect(SCRATCH);
             Statement statement = connection.createStatement();
             PreparedStatement sample = connection.prepareStatement("INSERT INTO bench_sample VALUES (?, ?)")) {
            statement.execute("CREATE TABLE bench_sample (kind TEXT PRIMARY KEY, body TEXT NOT NULL)");
            sample(sample, "registered",
                    "SELECT payload::text FROM outbox_event WHERE type = 'fi.polku.intake.ClientRegistered.v1' LIMIT 1");
            sample(sample, "accessed",
                    "SELECT payload::text FROM outbox_event WHERE type = 'fi.polku.intake.AccessRecorded.v1' LIMIT 1");
            sample(sample, "response", "SELECT body FROM idempotency_record LIMIT 1");
            // the encrypted identity code: 12-byte nonce + 11-byte code + 16-byte GCM tag
            statement.execute("""
                    CREATE FUNCTION bench_encrypted_code() RETURNS bytea LANGUAGE sql AS
                    $$ SELECT substring(sha256(gen_random_uuid()::text::bytea) || sha256(random()::text::bytea)
                                        FROM 1 FOR 39) $$""");
            Files.createDirectories(workDir);
            return Files.writeString(workDir.resolve("registration.pgbench.sql"), SCRIPT);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the pgbench script", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void sample(PreparedStatement insert, String kind, String query) throws SQLException {
        insert.setString(1, kind);
        insert.setString(2, postgres.text("intake", query));
        insert.executeUpdate();
    }

    private Run pgbench(Path script, int clients, Duration duration, SystemCpu.Usage idle) {
        List<String> command = List.of(executable(), "-h", "localhost", "-p", Integer.toString(postgres.port()),
                "-U", "postgres", "-n", "-M", "prepared", "-c", Integer.toString(clients),
                "-j", Integer.toString(Math.min(clients, 2)), "-T", Long.toString(duration.toSeconds()),
                "-f", script.toString(), SCRATCH);
        SystemCpu.Sample before = cpu.sample();
        String output = Processes.run(command, workDir.resolve("pgbench-" + clients + ".log"));
        SystemCpu.Usage used = cpu.sample().since(before, 0);
        return new Run(clients, number(TPS, output), number(LATENCY, output), (long) number(TRANSACTIONS, output),
                used, idle.over(used.seconds()));
    }

    private static double number(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("Unexpected pgbench output:\n" + output);
        }
        return Double.parseDouble(matcher.group(1));
    }
}
