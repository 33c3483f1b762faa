package fi.polku.intake.repository;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.intake.domain.InitialInterview;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InitialInterviewRepository implements PanacheRepositoryBase<InitialInterview, UUID> {

    /**
     * A page of the client's interviews, oldest first: by the day of the interview, then when it was recorded, then
     * the id.
     */
    public Page<InitialInterview> pageForClient(UUID clientId, PageRequest page) {
        String[] after = page.afterParts(3);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("client", clientId);
        String query = "clientId = :client";
        if (after != null) {
            query += " and (interviewDate > :afterDate or (interviewDate = :afterDate and (recordedAt > :afterMoment"
                    + " or (recordedAt = :afterMoment and id > :afterId))))";
            parameters.put("afterDate", date(after[0]));
            parameters.put("afterMoment", PageKey.moment(after[1]));
            parameters.put("afterId", PageKey.uuid(after[2]));
        }
        List<InitialInterview> rows = find(query + " order by interviewDate, recordedAt, id", parameters)
                .page(0, page.fetchSize()).list();
        return Page.of(rows, page, row -> PageKey.of(row.interviewDate, row.recordedAt, row.id));
    }

    private static LocalDate date(String part) {
        try {
            return LocalDate.parse(part);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("cursor", "is not a cursor this list gave out");
        }
    }
}
