package org.gongzheng.casework.web;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.SignedInOfficer;

/**
 * The case list's filter by handler, over the officers of the reader's data scope. A station's
 * few dozen are listed to pick from; a bureau's thousands would make every list page carry them
 * all, so above {@code gongzheng.cases.handler-list-limit} the reader types a police number or a
 * name instead, with suggestions as they type.
 */
@Component
class HandlerFilter {

	static final int SUGGESTIONS = 20;

	private final Organization organization;

	private final int listLimit;

	HandlerFilter(Organization organization, @Value("${gongzheng.cases.handler-list-limit}") int listLimit) {
		this.organization = organization;
		this.listLimit = listLimit;
	}

	/** The officers to list, or empty when there are too many and the page offers typing. */
	Optional<List<OfficerSummary>> choices(SignedInOfficer reader) {
		if (organization.countOfficersIn(reader.scope()) > listLimit) {
			return Optional.empty();
		}
		return Optional.of(organization.officersIn(reader.scope()));
	}

	List<OfficerSummary> suggestions(SignedInOfficer reader, String text) {
		return text == null || text.isBlank() ? List.of()
				: organization.officersMatching(reader.scope(), text, SUGGESTIONS);
	}

	/** What the reader typed, as one officer; or why it is not one. */
	record Typed(Long officerId, String problem) {
	}

	/**
	 * The officer whose police number is the text, or else the only one whose police number starts
	 * with it or whose name holds it.
	 */
	Typed resolve(SignedInOfficer reader, String text) {
		String typed = text.strip();
		List<OfficerSummary> found = organization.officersMatching(reader.scope(), typed, SUGGESTIONS);
		Optional<OfficerSummary> exact = found.stream().filter(o -> o.policeNumber().equalsIgnoreCase(typed)).findFirst();
		if (exact.isPresent()) {
			return new Typed(exact.get().id(), null);
		}
		return switch (found.size()) {
			case 0 -> new Typed(null, "cases.filter.handler.none");
			case 1 -> new Typed(found.get(0).id(), null);
			default -> new Typed(null, "cases.filter.handler.several");
		};
	}

	/** How the typing box shows the handler a link or an earlier choice filtered by. */
	Optional<String> shown(Long handlerId) {
		return handlerId == null ? Optional.empty() : organization.officer(handlerId).map(OfficerSummary::policeNumber);
	}
}
