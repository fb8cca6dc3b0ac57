package org.gongzheng.approval.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import org.gongzheng.approval.ApprovalCaseFiles;
import org.gongzheng.approval.SignatureFindings;
import org.gongzheng.approval.internal.ApprovalRequest;
import org.gongzheng.approval.internal.RecordQueries;
import org.gongzheng.approval.internal.Signature;
import org.gongzheng.approval.internal.SignatureFilter;
import org.gongzheng.approval.internal.SubmissionRound;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.Languages;
import org.gongzheng.shared.web.Messages;

/**
 * The two accountability records as files, for the pages' buttons and for the API alike: Excel
 * with every row the record (as filtered) holds, PDF up to {@link AccountabilityPdf#MAX_ROWS}.
 * Access is checked here, and every export is audited with its format. A HEAD is refused as its GET
 * would be and told the file's type and name, but no file is built and nothing is audited: a
 * link checker or a download manager asking ahead has read nothing.
 */
@Component
class AccountabilityExports {

	static final String EXCEL_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final MediaType EXCEL = MediaType.parseMediaType(EXCEL_TYPE);

	/**
	 * Signatures read and written at a time by the officer's Excel record: each window costs a few
	 * queries, and 1,000 made a 50,000-signature export a third slower than 5,000, which keeps a
	 * few megabytes alive (RecordExportBenchmark, docs/performance.md section 7).
	 */
	static final int EXPORT_WINDOW = 5_000;

	private final RecordQueries queries;

	private final ApprovalCaseFiles files;

	private final Organization organization;

	private final RecordAccess access;

	private final RecordTable table;

	private final AccountabilityWorkbook workbook;

	private final AccountabilityPdf pdf;

	private final SignatureFindings findings;

	private final ApplicationEventPublisher events;

	private final Messages messages;

	AccountabilityExports(RecordQueries queries, ApprovalCaseFiles files, Organization organization,
			RecordAccess access, RecordTable table, AccountabilityWorkbook workbook, AccountabilityPdf pdf,
			SignatureFindings findings, ApplicationEventPublisher events, Messages messages) {
		this.queries = queries;
		this.files = files;
		this.organization = organization;
		this.access = access;
		this.table = table;
		this.workbook = workbook;
		this.pdf = pdf;
		this.findings = findings;
		this.events = events;
		this.messages = messages;
	}

	ResponseEntity<byte[]> caseExcel(long caseId, SignedInOfficer officer, HttpMethod method) {
		ApprovalCaseFiles.CaseFile file = access.caseFile(caseId, officer);
		return download("accountability-" + file.number() + ".xlsx", EXCEL, method, () -> excel(caseTable(file, "xlsx")));
	}

	ResponseEntity<byte[]> casePdf(long caseId, SignedInOfficer officer, HttpMethod method) {
		ApprovalCaseFiles.CaseFile file = access.caseFile(caseId, officer);
		return pdfDownload("accountability-" + file.number() + ".pdf", method,
				() -> pdf.print(messages.get("approval.records.caseTitleText") + " · " + file.number(),
						List.of(file.number() + " " + file.title()), caseTable(file, "pdf"), AccountabilityPdf.CASE_COLUMNS,
						officer));
	}

	/**
	 * The whole record the filter selects, however long a working life made it, written straight into
	 * the response: signatures are read and written a window at a time, so memory holds one window,
	 * not the record nor the file. Access is checked and the export audited before the first byte, so
	 * a refusal is still a clean 404.
	 */
	void officerExcel(long officerId, SignatureFilter filter, SignedInOfficer officer, HttpMethod method,
			HttpServletResponse response) throws IOException {
		OfficerSummary subject = access.officer(officerId, officer);
		// Before anything is written: once the workbook has the response's stream, a refusal could no
		// longer be sent as a page.
		filter.check();
		response.setContentType(EXCEL_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("accountability-" + subject.policeNumber() + ".xlsx"));
		if (headersOnly(method)) {
			return;
		}
		audit(subject, filter, "xlsx");
		AccountabilityWorkbook.Parts sheet = workbook.open(response.getOutputStream(), table.headers(),
				"approval.records.sheet");
		// Releases are few beside a working life's signatures: all of them are held and each is written
		// among the window of signatures it falls in, so the file reads newest first throughout.
		List<RecordQueries.ReleaseOnCase> releases = releases(subject, filter, officer);
		Deque<RecordTable.Line> released = new ArrayDeque<>(table.releaseLines(releases,
				files.findAll(SignatureSets.caseIds(List.of(), releases)), Map.of(subject.id(), subject)));
		List<Signature> window = queries.signaturesBy(officerId, filter, officer.zone(), null, EXPORT_WINDOW);
		while (!window.isEmpty()) {
			boolean last = window.size() < EXPORT_WINDOW;
			sheet.append(RecordTable.Line.amongNewestFirst(
					signedBy(subject, window, files.findAll(SignatureSets.caseIds(window))), released, last));
			window = last ? List.of()
					: queries.signaturesBy(officerId, filter, officer.zone(), window.get(window.size() - 1), EXPORT_WINDOW);
		}
		sheet.append(released.stream().map(RecordTable.Line::cells).toList());
		sheet.finish();
	}

	ResponseEntity<byte[]> officerPdf(long officerId, SignatureFilter filter, SignedInOfficer officer,
			HttpMethod method) {
		OfficerSummary subject = access.officer(officerId, officer);
		AccountabilityPdf.checkPrintable(queries.signaturesBy(officerId, filter, officer.zone(), PageRequest.of(0, 1))
			.getTotalElements());
		return pdfDownload("accountability-" + subject.policeNumber() + ".pdf", method,
				() -> officerPrint(subject, filter, officer));
	}

	/** As {@link #download(String, MediaType, HttpMethod, Supplier)}; a HEAD is also refused without a Chinese font. */
	private ResponseEntity<byte[]> pdfDownload(String fileName, HttpMethod method, Supplier<byte[]> content) {
		if (headersOnly(method)) {
			pdf.checkFont();
		}
		return download(fileName, MediaType.APPLICATION_PDF, method, content);
	}

	private byte[] officerPrint(OfficerSummary subject, SignatureFilter filter, SignedInOfficer officer) {
		audit(subject, filter, "pdf");
		RecordTable.Table rows = officerTable(subject, filter, officer);
		String unit = subject.unitName(LocaleContextHolder.getLocale());
		RecordQueries.LifelongSummary summary = queries.summaryOf(subject.id());
		String counted = messages.get("approval.records.summary", summary.signed(), summary.approved(), summary.returned(),
				summary.refused(), summary.withFindings(), summary.released(), summary.heldResponsible());
		List<String> lines = filter.isEmpty() ? List.of(unit, counted)
				: List.of(unit, counted, messages.get("approval.records.filtered", describe(filter)));
		return pdf.print(subject.label(LocaleContextHolder.getLocale()) + " · " + messages.get("approval.records.officerTitle"),
				lines, rows, AccountabilityPdf.SIGNER_COLUMN, officer);
	}

	/** The filter as a query string ("" when empty), for the pager and the export links. */
	static String filterQuery(SignatureFilter filter) {
		return UriComponentsBuilder.newInstance()
			.queryParamIfPresent("action", Optional.ofNullable(filter.action()))
			.queryParamIfPresent("decision", Optional.ofNullable(filter.decision()))
			.queryParamIfPresent("from", Optional.ofNullable(filter.from()))
			.queryParamIfPresent("to", Optional.ofNullable(filter.to()))
			.queryParamIfPresent("withFindings", Optional.of(true).filter(x -> filter.onlyWithFindings()))
			.build()
			.toUriString();
	}

	/** The case's record as the exports show it; the export itself is audited. */
	private RecordTable.Table caseTable(ApprovalCaseFiles.CaseFile file, String format) {
		List<Signature> signatures = queries.signaturesOnCase(file.id());
		events.publishEvent(AuditEvent.success("ACCOUNTABILITY_EXPORTED", "CASE", file.id(), file.number() + " " + format));
		List<RecordQueries.ReleaseOnCase> releases = queries.releasesOnCase(file.id());
		Map<Long, List<SubmissionRound>> rounds = queries.roundsOnCase(file.id());
		List<ApprovalRequest> requests = queries.requestsOnCase(file.id());
		Map<Long, ApprovalCaseFiles.CaseFile> cases = Map.of(file.id(), file);
		// Everyone the record names, read at once: signers, submitters, those released and those who withdrew.
		Set<Long> named = new HashSet<>(SignatureSets.signerIds(signatures));
		named.addAll(SignatureSets.submitterIds(rounds));
		named.addAll(SignatureSets.withdrawerIds(requests));
		releases.forEach(x -> named.add(x.release().officerId()));
		Map<Long, OfficerSummary> people = organization.officers(named);
		return table.inTimeOrder(List.of(
				table.roundLines(file, requests.stream().collect(Collectors.toMap(ApprovalRequest::getId, ApprovalRequest::getAction)),
						rounds, people),
				table.signatureLines(signatures, cases, people, queries.materialsSeen(file.id(), signatures),
						queries.linkNames(signatures, LocaleContextHolder.getLocale()),
						findings.forSignatures(SignatureSets.ids(signatures))),
				table.releaseLines(releases, cases, people),
				table.withdrawalLines(file, requests, people)));
	}

	/** The officer's record as one table, for the PDF, which holds at most {@link AccountabilityPdf#MAX_ROWS} lines. */
	private RecordTable.Table officerTable(OfficerSummary subject, SignatureFilter filter, SignedInOfficer officer) {
		List<Signature> signatures = queries.signaturesBy(subject.id(), filter, officer.zone(), Pageable.unpaged())
			.getContent();
		List<RecordQueries.ReleaseOnCase> releases = releases(subject, filter, officer);
		Map<Long, ApprovalCaseFiles.CaseFile> cases = files.findAll(SignatureSets.caseIds(signatures, releases));
		List<RecordTable.Line> lines = new ArrayList<>(signedBy(subject, signatures, cases));
		lines.addAll(table.releaseLines(releases, cases, Map.of(subject.id(), subject)));
		lines.sort(RecordTable.Line.NEWEST_FIRST);
		return table.asGiven(lines);
	}

	/** Lines for signatures all signed by {@code subject}. */
	private List<RecordTable.Line> signedBy(OfficerSummary subject, List<Signature> signatures,
			Map<Long, ApprovalCaseFiles.CaseFile> cases) {
		return table.signatureLines(signatures, cases, Map.of(subject.id(), subject), queries.materialsSeen(signatures),
				queries.linkNames(signatures, LocaleContextHolder.getLocale()),
				findings.forSignatures(SignatureSets.ids(signatures)));
	}

	private List<RecordQueries.ReleaseOnCase> releases(OfficerSummary subject, SignatureFilter filter,
			SignedInOfficer officer) {
		return queries.releasesOf(subject.id(), filter, officer.zone(), Pageable.unpaged()).getContent();
	}

	private void audit(OfficerSummary subject, SignatureFilter filter, String format) {
		events.publishEvent(AuditEvent.success("ACCOUNTABILITY_EXPORTED", "OFFICER", subject.id(),
				subject.policeNumber() + " " + format + (filter.isEmpty() ? "" : " " + filterQuery(filter))));
	}

	private byte[] excel(RecordTable.Table rows) {
		try {
			return workbook.write(rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the accountability workbook", ex);
		}
	}

	/** The filter in words, for the printed record: which signatures it holds. */
	private String describe(SignatureFilter filter) {
		List<String> parts = new ArrayList<>();
		Optional.ofNullable(filter.action()).ifPresent(a -> parts.add(messages.get("enum.ApprovalAction." + a)));
		Optional.ofNullable(filter.decision()).ifPresent(d -> parts.add(messages.get("enum.Decision." + d)));
		if (filter.from() != null || filter.to() != null) {
			parts.add(messages.get("approval.records.filter.from") + " " + (filter.from() == null ? "…" : filter.from())
					+ " " + messages.get("approval.records.filter.to") + " " + (filter.to() == null ? "…" : filter.to()));
		}
		if (filter.onlyWithFindings()) {
			parts.add(messages.get("approval.records.filter.withFindings"));
		}
		return String.join(Languages.english(LocaleContextHolder.getLocale()) ? "; " : "；", parts);
	}

	/** The file as an attachment; for a HEAD only its type and name, and {@code content} is never made. */
	static ResponseEntity<byte[]> download(String fileName, MediaType type, HttpMethod method, Supplier<byte[]> content) {
		return headersOnly(method) ? headers(fileName, type) : download(fileName, type, content.get());
	}

	static ResponseEntity<byte[]> download(String fileName, MediaType type, byte[] content) {
		return attached(fileName, type).body(content);
	}

	/** What a HEAD for a file is told: its type and name. */
	static ResponseEntity<byte[]> headers(String fileName, MediaType type) {
		return attached(fileName, type).build();
	}

	private static ResponseEntity.BodyBuilder attached(String fileName, MediaType type) {
		return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName));
	}

	static boolean headersOnly(HttpMethod method) {
		return HttpMethod.HEAD.equals(method);
	}

	private static String attachment(String fileName) {
		return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
	}
}
