package org.gongzheng.document.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.gongzheng.casework.CaseFacts;
import org.gongzheng.casework.Cases;
import org.gongzheng.document.DocumentIssued;
import org.gongzheng.document.DocumentRequest;
import org.gongzheng.document.DocumentType;
import org.gongzheng.document.Documents;
import org.gongzheng.document.IssuedDocument;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.QualificationLevel;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.LikePatterns;
import org.gongzheng.shared.SearchTerms;
import org.gongzheng.shared.Sha256;
import org.gongzheng.shared.db.CaseLocks;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.FieldProblems;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.error.Label;
import org.gongzheng.shared.error.InvalidInputException.FieldProblem;
import org.gongzheng.shared.error.NotFoundException;
import org.gongzheng.shared.time.DefaultZone;

/**
 * Issues, finds and renders legal documents. Issuing fills the type's template from the request
 * and the case, takes the next number of the authority's series (held until the transaction
 * ends) and stores the result with its hash; nothing about it can change afterwards.
 */
@Service
@Transactional
public class DocumentService implements Documents {

	/** The field a document refused for the case's state is reported on (the type asked for). */
	public static final String RULE_FIELD = HandIssueRule.FIELD;

	/** Inputs a person may leave empty when issuing by hand. */
	private static final Set<String> OPTIONAL_INPUTS = Set.of("note", "statement");

	private final LegalDocumentRepository documents;

	private final DocumentNumbers numbers;

	private final Authorities authorities;

	private final DocumentTemplates templates;

	private final PdfRenderer pdf;

	private final Cases cases;

	private final Organization organization;

	private final ObjectMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DefaultZone zone;

	private final CaseLocks caseLocks;

	DocumentService(LegalDocumentRepository documents, DocumentNumbers numbers, Authorities authorities,
			DocumentTemplates templates, PdfRenderer pdf, Cases cases, Organization organization, ObjectMapper json,
			ApplicationEventPublisher events, Clock clock, DefaultZone zone, CaseLocks caseLocks) {
		this.documents = documents;
		this.numbers = numbers;
		this.authorities = authorities;
		this.templates = templates;
		this.pdf = pdf;
		this.cases = cases;
		this.organization = organization;
		this.json = json;
		this.events = events;
		this.clock = clock;
		this.zone = zone;
		this.caseLocks = caseLocks;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public IssuedDocument issue(DocumentRequest request) {
		return store(request).view();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<IssuedDocument> find(long documentId) {
		return documents.findById(documentId).map(LegalDocument::view);
	}

	@Override
	@Transactional(readOnly = true)
	public List<IssuedDocument> forSubject(String subjectType, String subjectId) {
		return documents.findBySubjectTypeAndSubjectIdOrderByIdAsc(subjectType, subjectId).stream()
			.map(LegalDocument::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] pdf(long documentId) {
		LegalDocument document = documents.findById(documentId)
			.orElseThrow(() -> new NotFoundException("document.notFound", documentId));
		return pdf.render(document.getHtml(), document.getNumber() == null ? document.getTitle()
				: document.getTitle() + " " + document.getNumber());
	}

	/**
	 * The characters of the document no font of this server draws, each left out of its PDF or printed as "#":
	 * the officer must know before a party receives a paper with their name broken.
	 */
	public List<Integer> unprintable(LegalDocument document) {
		return pdf.unprintable(document.getHtml());
	}

	/** Refuses as {@link #pdf} would when the server has no Chinese font, rendering nothing. */
	public void checkPdfFont() {
		pdf.checkFont();
	}

	/** A document the officer may see (their data scope); opening it is audited (it holds personal data). */
	@Transactional(readOnly = true)
	public LegalDocument visible(long documentId, SignedInOfficer officer) {
		LegalDocument document = inScope(documentId, officer);
		events.publishEvent(AuditEvent.read("DOCUMENT_VIEWED", "DOCUMENT", documentId, document.getNumber()));
		return document;
	}

	/**
	 * A document the officer may see, not recorded as opened: for a HEAD, which learns the file's
	 * name and type and reads nothing of it.
	 */
	@Transactional(readOnly = true)
	public LegalDocument inScope(long documentId, SignedInOfficer officer) {
		return documents.findById(documentId)
			.filter(d -> officer.scope().includes(d.getUnitPath()))
			.orElseThrow(() -> new NotFoundException("document.notFound", documentId));
	}

	@Transactional(readOnly = true)
	public Page<LegalDocument> search(DocumentType type, String number, Pageable pageable, SignedInOfficer officer) {
		return documents.search(officer.scope().likePattern(), type,
				number == null || number.isBlank() ? null
						: "%" + LikePatterns.literal(DocumentNumber.asTyped(SearchTerms.folded(number).strip())) + "%",
				pageable);
	}

	@Transactional(readOnly = true)
	public Optional<LegalDocument> correctionOf(long documentId) {
		return documents.findByCorrectsId(documentId);
	}

	@Transactional(readOnly = true)
	public List<LegalDocument> ofCase(long caseId, SignedInOfficer officer) {
		cases.visibleFacts(caseId, officer);
		return documents.findByCaseIdOrderByIdAsc(caseId);
	}

	@Transactional(readOnly = true)
	public Map<String, String> fields(LegalDocument document) {
		return json.readValue(document.getFields(), new TypeReference<LinkedHashMap<String, String>>() {
		});
	}

	/**
	 * A case document an officer issues by hand (receipt, non-filing notice, pre-notice record,
	 * seizure decision). Handlers of the case and their reviewers and leaders may.
	 */
	public LegalDocument issueByHand(DocumentType type, long caseId, Map<String, String> inputs, SignedInOfficer officer) {
		if (!type.manual()) {
			throw new ForbiddenException("document.notManual");
		}
		CaseFacts facts = cases.visibleFacts(caseId, officer);
		checkMayIssue(facts, officer, type.name());
		if (HandIssueRule.of(type).map(HandIssueRule::oncePerCase).orElse(false)) {
			// Two sent at once take turns, so the second finds the first.
			caseLocks.lock(caseId);
		}
		Optional<FieldProblem> refusal = refusal(type, facts);
		Map<String, String> fields;
		try {
			fields = checkedInputs(type, inputs);
		}
		catch (InvalidInputException ex) {
			// Told together, so one submission shows all that is wrong; the rule comes first and is the summary.
			List<FieldProblem> problems = new ArrayList<>();
			refusal.ifPresent(problems::add);
			problems.addAll(ex.fieldProblems());
			throw refusal.map(r -> refused(r, problems)).orElse(ex);
		}
		if (refusal.isPresent()) {
			throw refused(refusal.get(), List.of(refusal.get()));
		}
		return store(new DocumentRequest(type, officer.unitId(), caseId, null, null, fields.get("recipient"), fields,
				officer.officerId(), clock.instant(), null, null));
	}

	/**
	 * Why a document issued by hand may not be issued on the case as it stands now (its type or
	 * state, or nothing yet recorded for the document to list); empty when it may be, or when the
	 * type is not issued by hand.
	 */
	@Transactional(readOnly = true)
	public Optional<FieldProblem> refusal(DocumentType type, CaseFacts facts) {
		return stateRefusal(type, facts)
			.or(() -> HandIssueRule.of(type).filter(HandIssueRule::oncePerCase).flatMap(rule -> issuedAlready(type, facts.id())));
	}

	/** Why the case as it stands has no place for the document; a correction meets this rule only. */
	private Optional<FieldProblem> stateRefusal(DocumentType type, CaseFacts facts) {
		return HandIssueRule.of(type).flatMap(rule -> rule.refusal(facts,
				rule.needsProperty() ? cases.seizedProperty(facts.id()) : List.of()));
	}

	/** The case's document of this type, if it has one, as the reason not to issue another. */
	private Optional<FieldProblem> issuedAlready(DocumentType type, long caseId) {
		return documents.findFirstByCaseIdAndTypeOrderByIdAsc(caseId, type)
			.map(d -> new FieldProblem(HandIssueRule.FIELD, "document.rule.once",
					new Object[] { Label.of(type), d.getNumber() }));
	}

	/** For each type issued by hand, in declaration order, why it may not be issued on the case now (empty if it may). */
	@Transactional(readOnly = true)
	public Map<DocumentType, Optional<FieldProblem>> handIssuable(CaseFacts facts) {
		Map<DocumentType, Optional<FieldProblem>> out = new LinkedHashMap<>();
		for (DocumentType type : DocumentType.values()) {
			if (type.manual()) {
				out.put(type, refusal(type, facts));
			}
		}
		return out;
	}

	private static InvalidInputException refused(FieldProblem refusal, List<FieldProblem> problems) {
		return new InvalidInputException(refusal.messageCode(), refusal.arguments(), problems);
	}

	/** A corrected copy of a document issued by hand: a new document that references the old one. */
	public LegalDocument correct(long documentId, Map<String, String> inputs, String reason, SignedInOfficer officer) {
		LegalDocument original = documents.findById(documentId)
			.filter(d -> officer.scope().includes(d.getUnitPath()))
			.orElseThrow(() -> new NotFoundException("document.notFound", documentId));
		if (!original.getType().manual() || original.getCaseId() == null) {
			throw new ForbiddenException("document.notManual");
		}
		if (documents.findByCorrectsId(documentId).isPresent()) {
			throw new ConflictException("document.alreadyCorrected", original.getNumber());
		}
		CaseFacts facts = cases.visibleFacts(original.getCaseId(), officer);
		checkMayIssue(facts, officer, original.getType().name());
		// A correction is a new numbered document: issued only where the original could be issued now
		// (a pre-notice corrected after the decision would tell the party of it too late). The case has
		// moved on since the original, hence a conflict rather than bad input.
		stateRefusal(original.getType(), facts).ifPresent(r -> {
			throw new ConflictException(r.messageCode(), r.arguments());
		});
		FieldProblems problems = new FieldProblems();
		problems.addIf(reason == null || reason.isBlank(), "reason", "validation.required");
		problems.addIf(reason != null && reason.length() > 2000, "reason", "validation.tooLong", 2000);
		problems.addIfUnstorable("reason", reason);
		Map<String, String> fields;
		try {
			fields = checkedInputs(original.getType(), inputs);
		}
		catch (InvalidInputException ex) {
			ex.fieldProblems().forEach(p -> problems.add(p.field(), p.messageCode(), p.arguments()));
			fields = Map.of();
		}
		problems.throwIfAny();
		return store(new DocumentRequest(original.getType(), original.getIssuingUnitId(), original.getCaseId(),
				original.getSubjectType(), original.getSubjectId(), fields.get("recipient"), fields, officer.officerId(),
				clock.instant(), original.getId(), reason.strip()));
	}

	private void checkMayIssue(CaseFacts facts, SignedInOfficer officer, String what) {
		boolean may = facts.handledBy(officer.officerId()) || officer.hasAny(Role.REVIEWER, Role.LEADER);
		if (!may) {
			events.publishEvent(AuditEvent.denied("DOCUMENT_ISSUED", "CASE", facts.id(), what));
			throw new ForbiddenException("document.issue.forbidden");
		}
		if (!organization.qualified(officer.officerId(), LocalDate.now(clock.withZone(zone.zoneId())),
				QualificationLevel.BASIC)) {
			throw new ForbiddenException("case.qualification.required");
		}
	}

	private static Map<String, String> checkedInputs(DocumentType type, Map<String, String> inputs) {
		FieldProblems problems = new FieldProblems();
		Map<String, String> fields = new LinkedHashMap<>();
		for (String key : type.inputs()) {
			String value = inputs == null ? null : inputs.get(key);
			value = value == null ? "" : value.strip();
			problems.addIf(value.isEmpty() && !OPTIONAL_INPUTS.contains(key), key, "validation.required");
			problems.addIf(value.length() > 4000, key, "validation.tooLong", 4000);
			problems.addIfUnstorable(key, value);
			fields.put(key, value);
		}
		problems.throwIfAny();
		return fields;
	}

	private LegalDocument store(DocumentRequest request) {
		DocumentType type = request.type();
		if (type.caseBased() && request.caseId() == null) {
			throw new IllegalArgumentException(type + " belongs to a case");
		}
		CaseFacts facts = request.caseId() == null ? null
				: cases.facts(request.caseId()).orElseThrow(() -> new NotFoundException("case.notFound", request.caseId()));
		LegalDocument corrected = null;
		if (request.correctsId() != null) {
			corrected = documents.findById(request.correctsId())
				.orElseThrow(() -> new NotFoundException("document.notFound", request.correctsId()));
			if (corrected.getType() != type) {
				throw new IllegalArgumentException("A correction keeps the type of the document it corrects");
			}
			if (documents.findByCorrectsId(corrected.getId()).isPresent()) {
				throw new ConflictException("document.alreadyCorrected", corrected.getNumber());
			}
		}
		Authority authority = authorities.of(request.unitId());
		String unitPath = facts != null ? facts.unitPath()
				: organization.unit(request.unitId()).orElseThrow().path();
		Instant issuedAt = request.issuedAt() == null ? clock.instant() : request.issuedAt();
		OfficerSummary issuer = organization.officer(request.issuedBy()).orElse(null);
		Map<String, String> fields = request.fields() == null ? Map.of() : new LinkedHashMap<>(request.fields());

		// Everything that can be refused has been checked: from here the number is taken and kept.
		DocumentNumber number = null;
		if (type.numbered()) {
			int year = issuedAt.atZone(zone.zoneId()).getYear();
			number = DocumentNumber.of(authority.word(), type.word(), year,
					numbers.next(authority.unitId(), type.series(), year));
		}
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("title", type.title());
		variables.put("number", number == null ? null : number.text());
		variables.put("authority", authority.name());
		variables.put("f", fields);
		variables.put("recipient", request.recipient());
		variables.put("c", facts);
		variables.put("issuedAt", issuedAt);
		variables.put("issuer", issuer);
		variables.put("corrects", corrected == null ? null : corrected.getNumber() != null ? corrected.getNumber()
				: corrected.getTitle() + "（" + corrected.getId() + "）");
		variables.put("correctionReason", request.correctionReason());
		String html = templates.render(type, variables);
		LegalDocument document = documents.saveAndFlush(new LegalDocument(type, number, authority, request.unitId(),
				unitPath, request.caseId(), request.subjectType(), request.subjectId(), request.recipient(),
				json.writeValueAsString(fields), html, sha256(html), request.issuedBy(), issuedAt,
				request.correctsId(), request.correctionReason()));
		events.publishEvent(AuditEvent.success("DOCUMENT_ISSUED", "DOCUMENT", document.getId(),
				type + " " + (number == null ? "" : number.text())
						+ (corrected == null ? "" : " corrects " + corrected.getId())));
		events.publishEvent(new DocumentIssued(document.getId(), type, document.getNumber(), authority.unitId(),
				request.caseId(), request.subjectType(), request.subjectId(), request.correctsId(), issuedAt));
		return document;
	}

	static String sha256(String text) {
		return Sha256.hex(text);
	}
}
