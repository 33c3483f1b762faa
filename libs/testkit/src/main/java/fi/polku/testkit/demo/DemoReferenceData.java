package fi.polku.testkit.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import fi.polku.testkit.demo.DemoStaff.Provider;
import fi.polku.testkit.system.PolkuService;
import io.restassured.path.json.JsonPath;
import fi.polku.testkit.county.Municipality;

/**
 * The county before its clients: case owners for every municipality, a work-ability team per municipality, the
 * coaching providers with their coaches. Created by the coordinator through the public APIs; each create has a
 * stable Idempotency-Key, so loading again answers the same ids.
 */
final class DemoReferenceData {

    private final Map<String, DemoUser> caseOwnerByProfessionalId = new HashMap<>();
    private final Map<String, List<String>> caseOwnerIdsByMunicipality = new HashMap<>();
    private final Map<String, String> teamIdByMunicipality = new HashMap<>();
    private final Map<String, DemoUser> coachById = new HashMap<>();
    private final List<String> providerIds = new ArrayList<>();

    static DemoReferenceData create(DemoApi api, LocalDate today) {
        DemoReferenceData data = new DemoReferenceData();
        data.addCaseOwners(api);
        data.addTeams(api);
        data.addProviders(api, today);
        return data;
    }

    DemoUser caseOwner(String professionalId) {
        return caseOwnerByProfessionalId.get(professionalId);
    }

    /** The professional id of a demo case owner who serves the municipality, taking its clients in turn. */
    String caseOwnerServing(Municipality municipality, int client) {
        List<String> serving = caseOwnerIdsByMunicipality.get(municipality.code());
        return serving.get(client % serving.size());
    }

    String team(Municipality municipality) {
        return teamIdByMunicipality.get(municipality.code());
    }

    DemoUser coach(String coachId) {
        return coachById.get(coachId);
    }

    String providerId(int provider) {
        return providerIds.get(provider);
    }

    List<String> providerIds() {
        return providerIds;
    }

    private void addCaseOwners(DemoApi api) {
        List<Set<String>> served = servedMunicipalities();
        for (int n = 1; n <= DemoStaff.CASE_OWNERS; n++) {
            DemoUser owner = DemoStaff.caseOwner(n);
            String id = api.create(PolkuService.CASE_OWNER, DemoStaff.COORDINATOR, "/api/v1/professionals",
                    "demo-professional-" + n, Map.of("name", owner.name(), "organisation", DemoStaff.COUNTY_NAME,
                            "role", "SOCIAL_WELFARE_OWN_WORKER", "municipalities", List.copyOf(served.get(n - 1)),
                            "maxCaseload", 30, "userId", owner.subject()))
                    .getString("id");
            caseOwnerByProfessionalId.put(id, owner);
            served.get(n - 1).forEach(code -> caseOwnerIdsByMunicipality.computeIfAbsent(code, c -> new ArrayList<>())
                    .add(id));
        }
    }

    /** Case owners follow the population; the last ones also cover the small municipalities no one else does. */
    private static List<Set<String>> servedMunicipalities() {
        List<Set<String>> served = IntStream.range(0, DemoStaff.CASE_OWNERS)
                .mapToObj(n -> (Set<String>) new LinkedHashSet<>(
                        List.of(Municipality.ofClient(n, DemoStaff.CASE_OWNERS).code())))
                .toList();
        List<String> uncovered = Municipality.PAIJAT_HAME.stream().map(Municipality::code)
                .filter(code -> served.stream().noneMatch(set -> set.contains(code))).toList();
        for (int i = 0; i < uncovered.size(); i++) {
            served.get(DemoStaff.CASE_OWNERS - 1 - i % 3).add(uncovered.get(i));
        }
        return served;
    }

    private void addTeams(DemoApi api) {
        for (Municipality municipality : Municipality.PAIJAT_HAME) {
            List<DemoUser> members = DemoStaff.teamMembers(municipality);
            List<String> professions = List.of("PHYSICIAN", "SOCIAL_WORKER", "PSYCHOLOGIST");
            List<Map<String, Object>> body = IntStream.range(0, members.size())
                    .mapToObj(i -> Map.<String, Object>of("name", members.get(i).name(), "profession",
                            professions.get(i), "organisation", DemoStaff.COUNTY_NAME,
                            "userId", members.get(i).subject()))
                    .toList();
            String id = api.create(PolkuService.ASSESSMENT, DemoStaff.COORDINATOR, "/api/v1/teams",
                    "demo-team-" + municipality.code(), Map.of("name", "Työkykytiimi " + municipality.name() + " (demo)",
                            "municipalityCode", municipality.code(), "area", municipality.name(), "members", body))
                    .getString("id");
            teamIdByMunicipality.put(municipality.code(), id);
        }
    }

    private void addProviders(DemoApi api, LocalDate today) {
        for (Provider provider : DemoStaff.PROVIDERS) {
            JsonPath created = api.create(PolkuService.COACHING, DemoStaff.COORDINATOR, "/api/v1/providers",
                    "demo-provider-" + provider.businessId(), Map.of("name", provider.name(),
                            "organisationId", provider.businessId(), "contract", Map.of(
                                    "elyCentre", "Hämeen ELY-keskus", "validFrom", today.minusYears(3).toString(),
                                    "validUntil", today.plusYears(2).toString(), "startFee", 400,
                                    "guidanceFee", 800, "resultFee", 2000)));
            String providerId = created.getString("id");
            providerIds.add(providerId);
            for (int n = 1; n <= DemoStaff.COACHES_PER_PROVIDER; n++) {
                DemoUser coach = DemoStaff.coach(provider, n);
                String coachId = api.create(PolkuService.COACHING, DemoStaff.COORDINATOR,
                        "/api/v1/providers/" + providerId + "/coaches", "demo-coach-" + coach.subject(),
                        Map.of("name", coach.name(), "userId", coach.subject(), "fullTimeShare", 1.0,
                                "maxCaseload", 20)).getString("id");
                coachById.put(coachId, coach);
            }
        }
    }
}
