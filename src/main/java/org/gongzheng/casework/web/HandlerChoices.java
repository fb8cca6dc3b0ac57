package org.gongzheng.casework.web;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.SearchTerms;

/**
 * Choosing an officer as a case's handler: in the case list's filter, and in the intake and
 * transition forms that assign one. The choice is over the officers of the user's data scope, the
 * same the server accepts. A station's few dozen are listed to pick from; a bureau's thousands would
 * make every page carry them all, so above {@code gongzheng.cases.handler-list-limit} the user types
 * a police number or a name instead, with suggestions as they type.
 */
@Component
class HandlerChoices {

	static final int SUGGESTIONS = 20;

	private final Organization organization;

	private final int listLimit;

	HandlerChoices(Organization organization, @Value("${gongzheng.cases.handler-list-limit}") int listLimit) {
		this.organization = organization;
		this.listLimit = listLimit;
	}

	/** The officers to list, or empty when there are too many and the page offers typing. */
	Optional<List<OfficerSummary>> choices(SignedInOfficer user) {
		if (organization.countOfficersIn(user.scope()) > listLimit) {
			return Optional.empty();
		}
		return Optional.of(organization.officersIn(user.scope()));
	}

	/** The officers suggested for what the user has typed so far, and the one it names among them. */
	record Suggestions(List<OfficerSummary> officers, OfficerSummary named) {
	}

	Suggestions suggestions(SignedInOfficer user, String text) {
		if (text == null || text.isBlank()) {
			return new Suggestions(List.of(), null);
		}
		List<OfficerSummary> found = organization.officersMatching(user.scope(), text, SUGGESTIONS);
		return new Suggestions(found, among(found, text.strip()).officer());
	}

	/** What the user typed, as one officer; or why it is not one. */
	record Typed(OfficerSummary officer, String problem) {

		Long officerId() {
			return officer == null ? null : officer.id();
		}
	}

	/**
	 * The officer whose police number is the text, or else the only one whose police number starts
	 * with it or whose name holds it.
	 */
	Typed resolve(SignedInOfficer user, String text) {
		String typed = text.strip();
		return among(organization.officersMatching(user.scope(), typed, SUGGESTIONS), typed);
	}

	/** A police number typed full-width ("２１０１０２") is the number. */
	private static Typed among(List<OfficerSummary> found, String typed) {
		String number = SearchTerms.folded(typed);
		Optional<OfficerSummary> exact = found.stream().filter(o -> o.policeNumber().equalsIgnoreCase(number)).findFirst();
		if (exact.isPresent()) {
			return new Typed(exact.get(), null);
		}
		return switch (found.size()) {
			case 0 -> new Typed(null, "cases.filter.handler.none");
			case 1 -> new Typed(found.get(0), null);
			default -> new Typed(null, "cases.filter.handler.several");
		};
	}

	/**
	 * The officer a typing box names now, shown beside it: a police number alone does not tell
	 * the user whom they are about to assign.
	 */
	Optional<OfficerSummary> named(SignedInOfficer user, String text) {
		return text == null || text.isBlank() ? Optional.empty() : Optional.ofNullable(resolve(user, text).officer());
	}

	/**
	 * The officer a form's typing box names, or null when it is blank. Text naming nobody, or
	 * several, is refused on that box's field, and the form comes back with it as typed.
	 */
	Long fromForm(SignedInOfficer user, String text, String field, BindingResult result) {
		if (text == null || text.isBlank()) {
			return null;
		}
		Typed typed = resolve(user, text);
		if (typed.problem() != null) {
			result.rejectValue(field, typed.problem(), new Object[] { text.strip() }, null);
		}
		return typed.officerId();
	}

	/** How a typing box shows an officer chosen before: by police number. */
	Optional<String> shown(Long officerId) {
		return officerId == null ? Optional.empty() : organization.officer(officerId).map(OfficerSummary::policeNumber);
	}
}
