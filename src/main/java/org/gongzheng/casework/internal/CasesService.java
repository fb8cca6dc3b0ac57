package org.gongzheng.casework.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.casework.CaseFacts;
import org.gongzheng.casework.Cases;
import org.gongzheng.casework.DecisionKind;
import org.gongzheng.casework.SeizedPropertyFact;
import org.gongzheng.organization.SignedInOfficer;

@Service
@Transactional(readOnly = true)
class CasesService implements Cases {

	private final LawCaseRepository cases;

	private final CaseAccess access;

	private final PartyRepository parties;

	private final MaterialRepository materials;

	private final Materials materialService;

	private final SeizedPropertyRepository property;

	private final CaseWork work;

	CasesService(LawCaseRepository cases, CaseAccess access, PartyRepository parties, MaterialRepository materials,
			Materials materialService, SeizedPropertyRepository property, CaseWork work) {
		this.cases = cases;
		this.access = access;
		this.parties = parties;
		this.materials = materials;
		this.materialService = materialService;
		this.property = property;
		this.work = work;
	}

	@Override
	public Optional<CaseFacts> facts(long caseId) {
		return cases.findById(caseId).map(this::factsOf);
	}

	@Override
	public CaseFacts visibleFacts(long caseId, SignedInOfficer officer) {
		return factsOf(access.visible(caseId, officer));
	}

	@Override
	public List<SeizedPropertyFact> seizedProperty(long caseId) {
		return property.findByCaseIdOrderByIdAsc(caseId).stream()
			.map(p -> new SeizedPropertyFact(p.getId(), p.getKind().name(), p.getDescription(), p.getQuantity(),
					p.getUnitOfMeasure(), p.getSeizedAt(), p.getDisposedAt()))
			.toList();
	}

	@Override
	public Set<Long> materialsViewedBy(long officerId, Collection<Long> materialIds) {
		return materialService.viewedBy(officerId, materialIds);
	}

	@Override
	@Transactional
	public boolean recordDecision(long caseId, DecisionKind kind, String summary, Instant decidedAt, long officerId) {
		return work.recordDecision(caseId, kind, summary, decidedAt, officerId);
	}

	private CaseFacts factsOf(LawCase c) {
		return new CaseFacts(c.getId(), c.getCaseNumber(), c.getType(), c.getState(), c.getTitle(), c.getSummary(),
				c.getUnitId(), c.getUnitPath(), c.getHandlerId(), c.getCoHandlerId(), c.getReportedAt(), c.getOccurredAt(),
				c.getOccurredPlace(), c.getAcceptedAt(), c.getVersion(),
				parties.findByCaseIdOrderByIdAsc(c.getId()).stream()
					.map(p -> new CaseFacts.PartyFact(p.getId(), p.getKind() == PartyKind.ORGANIZATION, p.getRole().name(),
							p.getName(), p.getIdNumber(), p.getCreditCode(), p.getGender(), p.getBirthDate(), p.getPhone(),
							p.getAddress(), p.getLegalRepresentative()))
					.toList(),
				materials.findByCaseIdOrderByIdAsc(c.getId()).stream()
					.map(m -> new CaseFacts.MaterialFact(m.getId(), m.getType().name(), m.getTitle(), m.getContentHash(),
							m.getCreatedAt(), m.getDeviceCode(), m.getRecordedFrom(), m.getRecordedTo()))
					.toList());
	}
}
