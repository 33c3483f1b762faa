package fi.polku.reporting.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Registered clients by who they are, as intake recorded it: the client group (new client seeking services, person
 * outside services, client already in services) against the job-seeker registration (TE office, municipal
 * employment services, not registered). Not recorded is counted as "unknown".
 */
@Schema(description = "Clients by client group and job-seeker registration")
public record ClientGroupsReport(
        @Schema(description = "Rows: clientGroup; columns: jobSeekerRegistration; unknown where intake recorded none")
        CrossTable clients,
        OffsetDateTime asOf) implements CsvReport {

    static final String UNKNOWN = "unknown";

    /** One client's categories; either may be null (not recorded). */
    public record Categories(String clientGroup, String jobSeekerRegistration, OffsetDateTime registeredAt) {
    }

    private static final List<String> GROUPS = List.of("NEW_CLIENT_SEEKING_SERVICES", "OUTSIDE_SERVICES",
            "EXISTING_CLIENT", UNKNOWN);

    private static final List<String> REGISTRATIONS = List.of("TE_OFFICE", "MUNICIPAL_EMPLOYMENT_SERVICES",
            "NOT_REGISTERED", UNKNOWN);

    public static ClientGroupsReport of(List<Categories> clients, OffsetDateTime asOf) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        clients.forEach(client -> ClientsReport.increment(counts, orUnknown(client.clientGroup()),
                orUnknown(client.jobSeekerRegistration())));
        return new ClientGroupsReport(
                CrossTable.of("clientGroup", "jobSeekerRegistration", GROUPS, REGISTRATIONS, counts), asOf);
    }

    private static String orUnknown(String category) {
        return Objects.requireNonNullElse(category, UNKNOWN);
    }

    @Override
    public List<List<String>> csvRows() {
        return clients.csvRows("clients");
    }
}
