package fi.polku.fhir.service;

import java.util.List;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.SearchEntryMode;
import org.hl7.fhir.r4.model.Resource;

/**
 * Search results as a {@code searchset} Bundle. Pages follow the owning service's keyset cursor: the {@code next}
 * link carries it as {@code _page}, so items added while a caller pages appear once and nothing is skipped.
 */
public final class Searchsets {

    private Searchsets() {
    }

    /** A complete result (one page): {@code total} is known. */
    public static Bundle complete(String base, String self, List<? extends Resource> resources) {
        Bundle bundle = page(base, self, resources, null);
        bundle.setTotal(resources.size());
        return bundle;
    }

    /** One page of a longer result; {@code next} is null on the last page. */
    public static Bundle page(String base, String self, List<? extends Resource> resources, String next) {
        Bundle bundle = new Bundle().setType(BundleType.SEARCHSET);
        bundle.addLink().setRelation("self").setUrl(base + "/" + self);
        if (next != null) {
            bundle.addLink().setRelation("next").setUrl(base + "/" + next);
        }
        for (Resource resource : resources) {
            bundle.addEntry().setFullUrl(base + "/" + resource.fhirType() + "/" + resource.getIdElement().getIdPart())
                    .setResource(resource).getSearch().setMode(SearchEntryMode.MATCH);
        }
        return bundle;
    }
}
