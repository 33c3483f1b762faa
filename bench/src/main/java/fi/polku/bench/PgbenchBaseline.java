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
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fi.polku.testkit.ProjectFiles;

/**
 * The database's limit for a registration: pgbench running, in one transaction, the statements intake's register
 * request runs (idempotency-key look-up, identity-index look-up, client row, ClientRegistered outbox row, the intake
 * worker's care relationship, the access rule, access log row, AccessRecorded outbox row, idempotency record), with
 * payloads copied from real ones; and the same for a client read. It runs in a scratch database made from intake's
 * own Flyway migrations, on the system's PostgreSQL server, so the real databases are not touched and the tables,
 * indexes and triggers are the same. Each run also measures the CPU PostgreSQL and pgbench spent on it.
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
                      '+358401234567', NULL, now(), now(), 0, NULL, NULL)
              RETURNING id AS client \\gset
            INSERT INTO outbox_event (id, aggregatetype, aggregateid, type, payload)
              SELECT gen_random_uuid(), 'polku.intake.events', :client,
                     'fi.polku.intake.ClientRegistered.v1', CAST(body AS jsonb)
              FROM bench_sample WHERE kind = 'registered';
            INSERT INTO care_relationship (client_id, issuer, organisation, subject, kind, source_id, valid_from,
                                           valid_until, changed_at)
              VALUES (:client, 'https://auth.polku.local', 'hyvinvointialue-dev', 'bench-intake-' || :worker,
                      'INTAKE', 'intake', now(), now() + interval '90 days', now())
              ON CONFLICT (client_id, issuer, organisation, subject, kind, source_id) DO UPDATE
                 SET valid_from = EXCLUDED.valid_from, valid_until = EXCLUDED.valid_until,
                     changed_at = EXCLUDED.changed_at
               WHERE care_relationship.changed_at <= EXCLUDED.changed_at;
            SELECT polku_access_basis(:client, 'https://auth.polku.local', 'hyvinvointialue-dev',
                                      'bench-intake-' || :worker, 'SERVICE_COORDINATION');
            INSERT INTO access_log (id, occurred_at, service, actor_subject, actor_name, actor_roles, actor_org,
                                    client_id, action, purpose, outcome, basis)
              VALUES (gen_random_uuid(), now(), 'intake', 'bench-intake-' || :worker, 'bench-intake-' || :worker,
                      'intake-worker', 'hyvinvointialue-dev', :client, 'register client',
                      'client intake and service guidance', 'ALLOWED', 'CARE_RELATIONSHIP')
              ON CONFLICT (id) DO NOTHING;
            INSERT INTO outbox_event (id, aggregatetype, aggregateid, type, payload)
              SELECT gen_random_uuid(), 'polku.audit.access', :client,
                     'fi.polku.intake.AccessRecorded.v2', CAST(body AS jsonb)
              FROM bench_sample WHERE kind = 'accessed';
            INSERT INTO idempotency_record (caller, idem_key, request_hash, status, body, location)
              SELECT 'bench-intake-' || :worker, gen_random_uuid()::text,
                     encode(sha256(gen_random_uuid()::text::bytea), 'hex'), 201, body,
                     '/api/v1/clients/' || :client
              FROM bench_sample WHERE kind = 'response';
            END;
            """;

    /**
     * A client read as intake answers {@code GET /api/v1/clients/{id}}: the client row, the access rule, the access
     * log row and its AccessRecorded outbox row, for a client the registrations above wrote and the reader
     * registered. Picking the client (from a numbered copy of the care relationships) is one statement more,
     * outside the transaction.
     */
    private static final String READ_SCRIPT = """
            \\set n random(1, :readable)
            SELECT client_id AS client, subject AS reader FROM bench_readable WHERE n = :n \\gset
            BEGIN;
            SELECT id, identity_code_encrypted, identity_code_index, temporary_identity_code, birth_date, first_name,
                   last_name, municipality_code, preferred_language, phone, email, registered_at, updated_at,
                   version, merged_into, merged_at
              FROM client WHERE id = :client;
            SELECT polku_access_basis(:client, 'https://auth.polku.local', 'hyvinvointialue-dev', :reader,
                                      'SERVICE_COORDINATION');
            INSERT INTO access_log (id, occurred_at, service, actor_subject, actor_name, actor_roles, actor_org,
                                    client_id, action, purpose, outcome, basis)
              VALUES (gen_random_uuid(), now(), 'intake', :reader, :reader, 'intake-worker', 'hyvinvointialue-dev',
                      :client, 'read client details', 'client intake and service guidance', 'ALLOWED',
                      'CARE_RELATIONSHIP')
              ON CONFLICT (id) DO NOTHING;
            INSERT INTO outbox_event (id, aggregatetype, aggregateid, type, payload)
              SELECT gen_random_uuid(), 'polku.audit.access', :client,
                     'fi.polku.intake.AccessRecorded.v2', CAST(body AS jsonb)
              FROM bench_sample WHERE kind = 'accessed';
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

    /** The registration runs, at each concurrency, and the read run at one. */
    record Result(List<Run> registration, Run read) {
    }

    Result run(List<Integer> clientCounts, Duration each, int readClients) {
        createScratchDatabase();
        Path script = writeScript("registration.pgbench.sql", SCRIPT);
        // what PostgreSQL spends anyway while the services wait (their relays' and consumers' polls)
        SystemCpu.Usage idle = cpu.idle(IDLE_WINDOW);
        List<Run> runs = new ArrayList<>();
        for (int clients : clientCounts) {
            runs.add(pgbench(script, "registration", clients, each, idle, List.of()));
        }
        long readable = numberReadableClients();
        Run read = pgbench(writeScript("read.pgbench.sql", READ_SCRIPT), "read", readClients, each, idle,
                List.of("-D", "readable=" + readable));
        return new Result(runs, read);
    }

    private long numberReadableClients() {
        try (Connection connection = postgres.connect(SCRATCH); Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE bench_readable AS
                      SELECT row_number() OVER (ORDER BY client_id) AS n, client_id, subject FROM care_relationship""");
            statement.execute("CREATE UNIQUE INDEX ON bench_readable (n)");
            statement.execute("ANALYZE");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot number the scratch database's clients", e);
        }
        return postgres.count(SCRATCH, "SELECT count(*) FROM bench_readable");
    }

    private void createScratchDatabase() {
        try (Connection connection = postgres.connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + SCRATCH);
            statement.execute("CREATE DATABASE " + SCRATCH);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the scratch database", e);
        }
        try (Connection connection = postgres.connect(SCRATCH); Statement statement = connection.createStatement()) {
            for (Path migration : migrations()) {
                statement.execute(Files.readString(migration));
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Cannot apply intake's migrations to the scratch database", e);
        }
    }

    /**
     * Intake's Flyway migrations as the service runs them: those of {@code db/platform} (the platform's and the
     * access model's, one version sequence), then its own, each in version order.
     */
    private static List<Path> migrations() throws IOException {
        List<Path> all = new ArrayList<>();
        for (List<String> locations : List.of(List.of("libs/platform/src/main/resources/db/platform",
                        "libs/access/src/main/resources/db/platform"),
                List.of("services/intake-service/src/main/resources/db/migration"))) {
            List<Path> inOrder = new ArrayList<>();
            for (String location : locations) {
                try (Stream<Path> files = Files.list(ProjectFiles.resolve(location))) {
                    inOrder.addAll(files.filter(f -> f.getFileName().toString().matches("V[0-9_]+__.*\\.sql"))
                            .toList());
                }
            }
            inOrder.sort(Comparator.comparing(PgbenchBaseline::version, PgbenchBaseline::compareVersions));
            all.addAll(inOrder);
        }
        return all;
    }

    private static List<Integer> version(Path migration) {
        String name = migration.getFileName().toString();
        return Arrays.stream(name.substring(1, name.indexOf("__")).split("_")).map(Integer::valueOf).toList();
    }

    private static int compareVersions(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int c = Integer.compare(i < a.size() ? a.get(i) : 0, i < b.size() ? b.get(i) : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /**
     * The script reads the sample payloads from a table rather than from literals, since pgbench would take the
     * colons of their timestamps for variables.
     */
    private Path writeScript(String name, String script) {
        try {
            if (postgres.count(SCRATCH, "SELECT count(*) FROM pg_tables WHERE tablename = 'bench_sample'") == 0) {
                writeSamples();
            }
            Files.createDirectories(workDir);
            return Files.writeString(workDir.resolve(name), script);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeSamples() {
        try (Connection connection = postgres.connect(SCRATCH);
             Statement statement = connection.createStatement();
             PreparedStatement sample = connection.prepareStatement("INSERT INTO bench_sample VALUES (?, ?)")) {
            statement.execute("CREATE TABLE bench_sample (kind TEXT PRIMARY KEY, body TEXT NOT NULL)");
            sample(sample, "registered",
                    "SELECT payload::text FROM outbox_event WHERE type = 'fi.polku.intake.ClientRegistered.v1' LIMIT 1");
            sample(sample, "accessed",
                    "SELECT payload::text FROM outbox_event WHERE type = 'fi.polku.intake.AccessRecorded.v2' LIMIT 1");
            sample(sample, "response", "SELECT body FROM idempotency_record LIMIT 1");
            // the encrypted identity code: 12-byte nonce + 11-byte code + 16-byte GCM tag
            statement.execute("""
                    CREATE FUNCTION bench_encrypted_code() RETURNS bytea LANGUAGE sql AS
                    $$ SELECT substring(sha256(gen_random_uuid()::text::bytea) || sha256(random()::text::bytea)
                                        FROM 1 FOR 39) $$""");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the pgbench scripts' samples", e);
        }
    }

    private void sample(PreparedStatement insert, String kind, String query) throws SQLException {
        insert.setString(1, kind);
        insert.setString(2, postgres.text("intake", query));
        insert.executeUpdate();
    }

    private Run pgbench(Path script, String name, int clients, Duration duration, SystemCpu.Usage idle,
            List<String> variables) {
        List<String> command = new ArrayList<>(List.of(executable(), "-h", "localhost", "-p",
                Integer.toString(postgres.port()), "-U", "postgres", "-n", "-M", "prepared", "-c",
                Integer.toString(clients), "-j", Integer.toString(Math.min(clients, 2)), "-T",
                Long.toString(duration.toSeconds()), "-f", script.toString()));
        command.addAll(variables);
        command.add(SCRATCH);
        SystemCpu.Sample before = cpu.sample();
        String output = Processes.run(command, workDir.resolve("pgbench-" + name + "-" + clients + ".log"));
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
