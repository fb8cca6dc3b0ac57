package org.gongzheng.approval.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.gongzheng.approval.ApprovalCaseFiles;
import org.gongzheng.organization.ApprovalRights;
import org.gongzheng.organization.DataScope;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.UnitSummary;
import org.gongzheng.shared.error.NotFoundException;
import org.gongzheng.shared.time.DefaultZone;

/** Gathers what the signing rules need, for one signer or for everyone who might sign. */
@Component
class SigningContexts {

	private final ApprovalCaseFiles files;

	private final Organization organization;

	private final ApprovalRights rights;

	private final RequestRecords records;

	private final SignatureRepository signatures;

	private final Clock clock;

	private final DefaultZone zone;

	SigningContexts(ApprovalCaseFiles files, Organization organization, ApprovalRights rights, RequestRecords records,
			SignatureRepository signatures, Clock clock, DefaultZone zone) {
		this.files = files;
		this.organization = organization;
		this.rights = rights;
		this.records = records;
		this.signatures = signatures;
		this.clock = clock;
		this.zone = zone;
	}

	ApprovalCaseFiles.CaseFile caseFile(long caseId) {
		return files.find(caseId).orElseThrow(() -> new NotFoundException("case.notFound", caseId));
	}

	SigningContext of(ApprovalRequest request, ChainLink link, long signerId) {
		return of(request, link, signerId, caseFile(request.getCaseId()), records.pinned(request.getId(), request.getRound()),
				records.named(request.getId(), request.getRound(), link.getOrder()));
	}

	private SigningContext of(ApprovalRequest request, ChainLink link, long signerId, ApprovalCaseFiles.CaseFile file,
			List<PinnedMaterial> pinned, Set<Long> named) {
		OfficerSummary signer = organization.officer(signerId)
			.orElseThrow(() -> new NotFoundException("officer.notFound", signerId));
		UnitSummary unit = organization.unit(signer.unitId()).orElseThrow();
		Set<Long> viewed = files.firstViews(signerId, pinned.stream().map(PinnedMaterial::id).toList()).keySet();
		boolean signed = signatures.findByRequestIdAndRoundAndLinkOrder(request.getId(), request.getRound(), link.getOrder())
			.stream().anyMatch(s -> s.getSignerId() == signerId);
		return new SigningContext(request, link, file, signer, unit, rights.suspended(signerId), today(), pinned, viewed,
				signed, named);
	}

	/**
	 * Officers of the case's bureau who could sign the link, reading apart; for countersign links
	 * this is who gets named.
	 */
	Set<Long> candidates(ApprovalRequest request, ChainLink link, Set<Long> named) {
		ApprovalCaseFiles.CaseFile file = caseFile(request.getCaseId());
		String bureau = file.unitPath().substring(0, file.unitPath().indexOf('/', 1) + 1);
		List<PinnedMaterial> pinned = records.pinned(request.getId(), request.getRound());
		List<OfficerSummary> withRole = organization.officersIn(new DataScope(bureau)).stream()
			.filter(o -> o.roles().contains(link.getRole()))
			.toList();
		java.util.Map<Long, UnitSummary> units = organization.units(withRole.stream().map(OfficerSummary::unitId)
			.collect(Collectors.toSet()));
		// The cheap tests first; the full rules (with their lookups) only for who is left.
		return withRole.stream()
			.filter(o -> link.getUnitLevel().matches(units.get(o.unitId()).kind(), units.get(o.unitId()).path(),
					file.unitPath()))
			.filter(o -> SigningRules.eligible(of(request, link, o.id(), file, pinned, named.isEmpty() ? Set.of(o.id()) : named)))
			.map(OfficerSummary::id)
			.collect(Collectors.toSet());
	}

	java.util.Map<Long, java.time.Instant> firstViews(long officerId, java.util.Collection<Long> materialIds) {
		return files.firstViews(officerId, materialIds);
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(zone.zoneId()));
	}
}
