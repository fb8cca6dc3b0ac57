package org.gongzheng.casework.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongzheng.casework.CaseTransition;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.UnitSummary;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Everything the case page shows, loaded in one read. The {@code may…} flags already include the
 * qualification every change needs; {@code lacksQualification} says that one is missing where the
 * officer would otherwise work on the case, so the page can say why nothing is offered.
 */
public record CaseDetail(LawCase lawCase, UnitSummary unit, List<Party> parties, List<Material> materials,
		List<CompulsoryMeasure> measures, List<SeizedProperty> property, List<CaseDeadline> deadlines, Map<String, DeadlineRule> rules,
		List<TimelineEntry> timeline, Map<Long, OfficerSummary> officers, List<CaseTransition> availableTransitions,
		boolean mayWork, boolean mayReadPersonalData, boolean mayExtendDeadlines, boolean mayManageProperty,
		boolean lacksQualification,
		Set<Long> materialsViewedByMe, List<org.gongzheng.approval.Approvals.RequestSummary> approvals,
		List<PendingAction> awaitingApproval) {

	/** Pending requests submitted on an earlier version of this case: nobody can sign them now. */
	public List<org.gongzheng.approval.Approvals.RequestSummary> staleApprovals() {
		return approvals.stream().filter(a -> a.staleAgainst(lawCase.getVersion())).toList();
	}

	public String officerLabel(Long officerId) {
		if (officerId == null) {
			return "";
		}
		OfficerSummary officer = officers.get(officerId);
		return officer == null ? "#" + officerId : officer.label(LocaleContextHolder.getLocale());
	}

	/** The reporter in full for those who may read personal data, masked for everyone else. */
	public String reporter() {
		if (lawCase.getReporterName() == null) {
			return null;
		}
		return mayReadPersonalData
				? lawCase.getReporterName() + (lawCase.getReporterPhone() == null ? "" : " " + lawCase.getReporterPhone())
				: org.gongzheng.shared.identity.Masking.maskName(lawCase.getReporterName());
	}

	/** The name of the rule a {@code deadline:<code>} timeline subject refers to. */
	public String ruleName(String subject, java.util.Locale locale) {
		DeadlineRule rule = rules.get(subject.substring(subject.indexOf(':') + 1));
		return rule == null ? subject : rule.name(locale);
	}

	public String partyName(Long partyId) {
		return parties.stream().filter(p -> p.getId().equals(partyId)).map(Party::getName).findFirst().orElse("");
	}
}
