package org.gongzheng.approval.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.approval.ApprovalCaseFiles;
import org.gongzheng.approval.SignatureFindings;
import org.gongzheng.approval.internal.ApprovalRequest;
import org.gongzheng.approval.internal.CountersignRelease;
import org.gongzheng.approval.internal.PinnedMaterial;
import org.gongzheng.approval.internal.RecordQueries;
import org.gongzheng.approval.internal.Signature;
import org.gongzheng.approval.internal.SubmissionRound;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.shared.web.Formats;
import org.gongzheng.shared.web.Messages;

/**
 * An accountability record as a table, one row per signature, in the reader's language: the same
 * columns whether it is exported to Excel or printed as a PDF.
 */
@Component
class RecordTable {

	private static final String[] HEADERS = { "approval.records.case", "approval.records.caseTitle", "approval.action",
			"approval.roundShort", "approval.link", "approval.signer", "approval.decision", "approval.opinion",
			"approval.signedAt", "approval.caseVersion", "approval.records.materialsRead", "approval.records.readAllAt",
			"approval.records.caseState", "approval.records.outcome", "approval.records.findings",
			"approval.records.exportDigest" };

	/** Positions of the columns other classes single out, in the order of the headers above. */
	static final int CASE_NUMBER = 0;

	static final int CASE_TITLE = 1;

	static final int SIGNER = 5;

	static final int MATERIALS_READ = 10;

	static final int DIGEST = 15;

	/** Cells are text, or numbers where the column counts (round, case version). */
	record Table(List<String> headers, List<List<Object>> rows) {
	}

	private final Messages messages;

	private final Formats formats;

	private final FindingText findingText;

	private final SignerLabels signerLabels;

	RecordTable(Messages messages, Formats formats, FindingText findingText, SignerLabels signerLabels) {
		this.messages = messages;
		this.formats = formats;
		this.findingText = findingText;
		this.signerLabels = signerLabels;
	}

	/** The record's columns in the reader's language. */
	List<String> headers() {
		return Arrays.stream(HEADERS).map(messages::get).toList();
	}

	/**
	 * A line for each signature, with when it was signed. {@code seen}: the materials each signature
	 * read, with titles, where known (else its hashes); {@code linkNames}: each signature's link in the
	 * reader's language; {@code findings}: faults later found against each signature.
	 */
	List<Line> signatureLines(List<Signature> signatures, Map<Long, ApprovalCaseFiles.CaseFile> cases,
			Map<Long, OfficerSummary> signers, Map<Long, List<PinnedMaterial>> seen, Map<Long, String> linkNames,
			Map<Long, List<SignatureFindings.Finding>> findings) {
		List<Line> lines = new ArrayList<>(signatures.size());
		for (Signature s : signatures) {
			ApprovalCaseFiles.CaseFile file = cases.get(s.getCaseId());
			lines.add(new Line(s.getSignedAt(), Line.SIGNED, List.of(file == null ? String.valueOf(s.getCaseId()) : file.number(),
					file == null ? "" : file.title(),
					messages.get("enum.ApprovalAction." + s.getAction()),
					s.getRound(),
					linkNames.getOrDefault(s.getId(), s.getLinkName()),
					signerLabels.label(s, signers),
					messages.get("enum.Decision." + s.getDecision()),
					s.getOpinion() == null ? "" : s.getOpinion(),
					formats.dateTime(s.getSignedAt()),
					s.getCaseVersion(),
					materialsRead(s, seen.get(s.getId())),
					formats.dateTime(s.getMaterialsFirstOpenedAt()),
					file == null ? "" : messages.get("enum.CaseState." + file.state()),
					file == null || file.outcome() == null ? "" : messages.get("enum.DecisionKind." + file.outcome()),
					findingText.describeAll(findings.get(s.getId())),
					s.digest())));
		}
		return lines;
	}

	/**
	 * A line for each countersigner released (a named signer a rule stopped, so the link went ahead
	 * without them): decision "released", the reason in the opinion's column, the time of release in
	 * the signature's. {@code cases}: the releases' cases.
	 */
	List<Line> releaseLines(List<RecordQueries.ReleaseOnCase> releases, Map<Long, ApprovalCaseFiles.CaseFile> cases,
			Map<Long, OfficerSummary> people) {
		List<Line> lines = new ArrayList<>(releases.size());
		Locale locale = LocaleContextHolder.getLocale();
		for (RecordQueries.ReleaseOnCase line : releases) {
			CountersignRelease x = line.release();
			OfficerSummary person = people.get(x.officerId());
			ApprovalCaseFiles.CaseFile file = cases.get(line.caseId());
			lines.add(new Line(x.at(), Line.RELEASED, List.of(file == null ? String.valueOf(line.caseId()) : file.number(),
					file == null ? "" : file.title(), messages.get("enum.ApprovalAction." + line.action()), x.round(),
					line.linkName(locale), person == null ? String.valueOf(x.officerId()) : person.label(locale),
					messages.get("approval.records.releasedDecision"), StringUtils.capitalize(messages.of(x.reason())),
					formats.dateTime(x.at()),
					"", "", "", file == null ? "" : messages.get("enum.CaseState." + file.state()),
					file == null || file.outcome() == null ? "" : messages.get("enum.DecisionKind." + file.outcome()), "", "")));
		}
		return lines;
	}

	/**
	 * A line for each round's submission of the case's requests: "submitted" or "resubmitted" in the
	 * decision's column, what the round asked and the note on what was corrected in the opinion's,
	 * the time submitted in the signature's, the round's digest in the digest's. {@code actions}: each
	 * request's action.
	 */
	List<Line> roundLines(ApprovalCaseFiles.CaseFile file, Map<Long, ApprovalAction> actions,
			Map<Long, List<SubmissionRound>> rounds, Map<Long, OfficerSummary> people) {
		List<Line> lines = new ArrayList<>();
		Locale locale = LocaleContextHolder.getLocale();
		rounds.forEach((requestId, submitted) -> {
			for (SubmissionRound x : submitted) {
				String asked = x.note() == null ? x.summaryIn(locale)
						: x.summaryIn(locale) + "\n" + messages.get("approval.rounds.note") + messages.get("punct.colon") + x.note();
				lines.add(new Line(x.submittedAt(), Line.SUBMITTED, List.of(file.number(), file.title(),
						messages.get("enum.ApprovalAction." + actions.get(requestId)), x.round(), "",
						signerLabels.submitter(x, people),
						messages.get(x.round() == 1 ? "approval.records.submittedDecision"
								: "approval.records.resubmittedDecision"),
						asked, formats.dateTime(x.submittedAt()), x.caseVersion(), "", "",
						messages.get("enum.CaseState." + file.state()),
						file.outcome() == null ? "" : messages.get("enum.DecisionKind." + file.outcome()), "",
						x.digest(requestId))));
			}
		});
		return lines;
	}

	/**
	 * A line for each request taken back: "withdrawn" in the decision's column, who withdrew it in the
	 * signer's, the reason in the opinion's, the time in the signature's.
	 */
	List<Line> withdrawalLines(ApprovalCaseFiles.CaseFile file, List<ApprovalRequest> requests,
			Map<Long, OfficerSummary> people) {
		List<Line> lines = new ArrayList<>();
		Locale locale = LocaleContextHolder.getLocale();
		for (ApprovalRequest r : requests) {
			if (r.getWithdrawalReason() == null) {
				continue;
			}
			lines.add(new Line(r.getDecidedAt(), Line.WITHDRAWN, List.of(file.number(), file.title(),
					messages.get("enum.ApprovalAction." + r.getAction()), r.getRound(), "", signerLabels.withdrawer(r, people),
					messages.get("enum.Status.WITHDRAWN"), r.withdrawalReasonIn(locale), formats.dateTime(r.getDecidedAt()),
					"", "", "", messages.get("enum.CaseState." + file.state()),
					file.outcome() == null ? "" : messages.get("enum.DecisionKind." + file.outcome()), "", "")));
		}
		return lines;
	}

	/** The lines in the order given. */
	Table asGiven(List<Line> lines) {
		return new Table(headers(), lines.stream().map(Line::cells).toList());
	}

	/**
	 * The lines in the order things happened, oldest first, so a case's record reads as its story:
	 * submitted, read and signed, returned, resubmitted. What happened in the same instant keeps the
	 * order a submission comes before the signatures on it.
	 */
	Table inTimeOrder(List<List<Line>> parts) {
		return new Table(headers(), parts.stream().flatMap(List::stream).sorted(Line.OLDEST_FIRST).map(Line::cells).toList());
	}

	/** One row of the record with when it happened; {@code kind} orders what happened in the same instant. */
	record Line(Instant at, int kind, List<Object> cells) {

		static final int SUBMITTED = 0;

		static final int SIGNED = 1;

		static final int RELEASED = 2;

		static final int WITHDRAWN = 3;

		static final Comparator<Line> OLDEST_FIRST = Comparator
			.comparing(Line::at, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparingInt(Line::kind);

		/** Newest first, as an officer's record is read; a release is not ordered against signatures of its instant. */
		static final Comparator<Line> NEWEST_FIRST = Comparator.comparing(Line::at,
				Comparator.nullsLast(Comparator.<Instant>reverseOrder()));

		/**
		 * A window of signatures, newest first, with the releases (newest first too) that fall among
		 * them taken from {@code releases}: those no older than the window's oldest signature, or every
		 * one left when no window follows. As rows, newest first.
		 */
		static List<List<Object>> amongNewestFirst(List<Line> window, Deque<Line> releases, boolean last) {
			List<Line> lines = new ArrayList<>(window);
			Instant oldest = window.isEmpty() ? null : window.get(window.size() - 1).at();
			while (!releases.isEmpty() && (last || oldest == null || !releases.peekFirst().at().isBefore(oldest))) {
				lines.add(releases.pollFirst());
			}
			lines.sort(NEWEST_FIRST);
			return lines.stream().map(Line::cells).toList();
		}
	}

	private static String materialsRead(Signature signature, List<PinnedMaterial> seen) {
		if (seen == null) {
			return String.join("\n", signature.hashes());
		}
		return seen.stream()
			.map(m -> m.title() == null ? m.contentHash() : m.title() + " " + m.contentHash())
			.collect(Collectors.joining("\n"));
	}
}
