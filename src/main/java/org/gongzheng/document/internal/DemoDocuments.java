package org.gongzheng.document.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import org.gongzheng.casework.CaseFacts;
import org.gongzheng.casework.CaseState;
import org.gongzheng.casework.CaseTransitioned;
import org.gongzheng.casework.Cases;
import org.gongzheng.document.DocumentType;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.UnitSummary;
import org.gongzheng.shared.demo.DemoMode;

/**
 * Demo acceptance receipts 受案回执 for a few of the cases casework's demo accepted (learnt from its
 * {@link CaseTransitioned} events while it seeds), issued by their handlers.
 */
@Component
@Order(45)
class DemoDocuments implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDocuments.class);

	private final DemoMode demo;

	private final LegalDocumentRepository documents;

	private final DocumentService service;

	private final Cases cases;

	private final Organization organization;

	private final List<Long> accepted = Collections.synchronizedList(new ArrayList<>());

	DemoDocuments(DemoMode demo, LegalDocumentRepository documents, DocumentService service, Cases cases,
			Organization organization) {
		this.demo = demo;
		this.documents = documents;
		this.service = service;
		this.cases = cases;
		this.organization = organization;
	}

	@EventListener
	void on(CaseTransitioned event) {
		if (demo.enabled() && event.to() == CaseState.ACCEPTED && accepted.size() < 20) {
			accepted.add(event.caseId());
		}
	}

	@Override
	public void run(ApplicationArguments args) {
		List<Long> ids = List.copyOf(accepted);
		accepted.clear();
		if (!demo.enabled() || documents.existsByType(DocumentType.ACCEPTANCE_RECEIPT)) {
			return;
		}
		int made = 0;
		try {
			for (Long id : ids) {
				if (made == 3) {
					break;
				}
				CaseFacts c = cases.facts(id).orElse(null);
				if (c == null || c.handlerId() == null) {
					continue;
				}
				String recipient = c.parties().stream().filter(p -> "VICTIM".equals(p.role()) || "REPORTER".equals(p.role()))
					.map(CaseFacts.PartyFact::name).findFirst().orElse(null);
				if (recipient == null) {
					continue;
				}
				service.issueByHand(DocumentType.ACCEPTANCE_RECEIPT, id, Map.of("recipient", recipient, "note", ""),
						actingAs(organization.officer(c.handlerId()).orElseThrow()));
				made++;
			}
		}
		catch (RuntimeException ex) {
			log.warn("Demo documents stopped: {}", ex.toString());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		log.info("Demo acceptance receipts issued: {}", made);
	}

	private SignedInOfficer actingAs(OfficerSummary officer) {
		UnitSummary unit = organization.unit(officer.unitId()).orElseThrow();
		SignedInOfficer signedIn = new SignedInOfficer(0, officer.id(), officer.policeNumber(), "", officer.name(),
				officer.unitId(), officer.unitPath(), ZoneId.of(unit.zoneId()), officer.roles(), true);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.getAuthorities()));
		return signedIn;
	}
}
