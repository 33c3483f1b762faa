package fi.polku.reporting.export;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.security.Caller;

/**
 * The incremental export: pages of facts by cursor, and asynchronous exports whose results only the analyst who
 * asked for them can read.
 */
@ApplicationScoped
public class Exports {

    /** One page of facts; {@code next} is null on the last page, {@code resume} is where to go on later. */
    public record FactPage(List<ExportFact> facts, String next, String resume) {
    }

    private final ExportFacts facts;
    private final ExportJobs jobs;
    private final Pseudonyms pseudonyms;
    private final Caller caller;
    private final ObjectMapper mapper;

    Exports(ExportFacts facts, ExportJobs jobs, Pseudonyms pseudonyms, Caller caller, ObjectMapper mapper) {
        this.mapper = mapper;
        this.facts = facts;
        this.jobs = jobs;
        this.pseudonyms = pseudonyms;
        this.caller = caller;
    }

    @Transactional
    public FactPage page(FactSelection selection, int limit) {
        // The last fact is read first: every fact up to it is committed (appends are serialised), so "nothing more"
        // below it is true and the resume cursor skips nothing that commits while this page is read.
        long last = facts.lastSequence();
        List<StoredFact> found = facts.after(selection, last, limit + 1);
        List<StoredFact> page = found.subList(0, Math.min(limit, found.size()));
        List<ExportFact> exported = page.stream().map(fact -> ExportFact.of(fact, pseudonyms)).toList();
        if (found.size() > limit) {
            String next = ExportCursor.after(page.get(page.size() - 1).sequence());
            return new FactPage(exported, next, next);
        }
        return new FactPage(exported, null, ExportCursor.after(Math.max(last, selection.afterSequence())));
    }

    @Transactional
    public ExportJobView start(FactSelection selection) {
        long until = facts.lastSequence();
        ExportJob job = jobs.create(caller.subject(), selection, until, facts.count(selection, until));
        return ExportJobView.of(job, List.of());
    }

    @Transactional
    public ExportJobView status(UUID id) {
        ExportJob job = ownJob(id);
        return ExportJobView.of(job, jobs.files(id));
    }

    /** The facts of one file of the caller's complete export. */
    @Transactional
    public List<ExportFact> file(UUID id, int part) {
        ExportJob job = ownJob(id);
        if (job.status() != ExportJob.Status.COMPLETED) {
            throw ProblemException.notFound("Export file", id + "/" + part);
        }
        String content = jobs.fileContent(id, part)
                .orElseThrow(() -> ProblemException.notFound("Export file", id + "/" + part));
        return content.lines().map(this::fact).toList();
    }

    private ExportFact fact(String line) {
        try {
            return mapper.readValue(line, ExportFact.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An export file holds a line that is not a fact", e);
        }
    }

    @Transactional
    public void delete(UUID id) {
        jobs.delete(ownJob(id).id());
    }

    /** The caller's own job: another analyst's is as unknown as a job that never was. */
    private ExportJob ownJob(UUID id) {
        return jobs.find(id).filter(job -> job.requestedBy().equals(caller.subject()))
                .orElseThrow(() -> ProblemException.notFound("Export", id));
    }
}
