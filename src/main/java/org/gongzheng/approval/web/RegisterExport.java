package org.gongzheng.approval.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import org.gongzheng.approval.internal.ApprovalRequest;
import org.gongzheng.approval.internal.RequestFilter;
import org.gongzheng.approval.internal.RequestRegister;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.UnitSummary;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.web.Formats;
import org.gongzheng.shared.web.Messages;

/**
 * The approval register, as filtered, as an Excel workbook in the reader's language. Bounded: a
 * workbook is built in memory, and a register of a whole province over years is not something to
 * read in one sheet; past the limit the reader narrows the filter.
 */
@Component
class RegisterExport {

	static final int MAX_ROWS = 20_000;

	private static final String FILE_NAME = "approval-register.xlsx";

	private static final String[] HEADERS = { "approval.register.submittedAt", "approval.action",
			"approval.records.case", "approval.records.caseTitle", "approval.register.unitColumn", "approval.roundShort",
			"approval.register.status", "approval.register.openLink", "approval.register.staleColumn",
			"approval.register.nobodyCanSignColumn", "approval.queue.due", "approval.register.overdueColumn",
			"approval.register.submitter", "approval.register.decidedAt", "approval.withdraw.reason",
			"approval.register.summary" };

	private final RequestRegister register;

	private final Organization organization;

	private final AccountabilityWorkbook workbook;

	private final Formats formats;

	private final Messages messages;

	private final ApplicationEventPublisher events;

	RegisterExport(RequestRegister register, Organization organization, AccountabilityWorkbook workbook, Formats formats,
			Messages messages, ApplicationEventPublisher events) {
		this.register = register;
		this.organization = organization;
		this.workbook = workbook;
		this.formats = formats;
		this.messages = messages;
		this.events = events;
	}

	static boolean exportable(long requests) {
		return requests <= MAX_ROWS;
	}

	ResponseEntity<byte[]> excel(RequestFilter filter, SignedInOfficer reader, HttpMethod method) {
		if (AccountabilityExports.headersOnly(method)) {
			checkExportable(register.count(filter, reader));
			return AccountabilityExports.headers(FILE_NAME, AccountabilityExports.EXCEL);
		}
		Page<RequestRegister.Row> rows = register.findAllUpTo(filter, reader, MAX_ROWS).page();
		checkExportable(rows.getTotalElements());
		String query = RequestRegisterController.query(filter, filter.status());
		events.publishEvent(AuditEvent.success("APPROVAL_REGISTER_EXPORTED", "OFFICER", reader.officerId(),
				rows.getTotalElements() + " requests" + (query.isEmpty() ? "" : " " + query)));
		try {
			return AccountabilityExports.download(FILE_NAME, AccountabilityExports.EXCEL,
					workbook.write(table(rows.getContent()), "approval.register.title"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the approval register", ex);
		}
	}

	private static void checkExportable(long requests) {
		if (!exportable(requests)) {
			throw InvalidInputException.of("filter", "approval.register.export.tooMany", requests, MAX_ROWS);
		}
	}

	private RecordTable.Table table(List<RequestRegister.Row> rows) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<Long, OfficerSummary> submitters = organization.officers(rows.stream()
			.map(r -> r.request().getSubmittedBy())
			.collect(Collectors.toSet()));
		Map<Long, UnitSummary> units = organization.units(rows.stream()
			.map(r -> r.request().getCaseUnitId())
			.collect(Collectors.toSet()));
		List<List<Object>> lines = new ArrayList<>(rows.size());
		for (RequestRegister.Row row : rows) {
			ApprovalRequest r = row.request();
			OfficerSummary submitter = submitters.get(r.getSubmittedBy());
			UnitSummary unit = units.get(r.getCaseUnitId());
			boolean open = row.openLink() != null;
			lines.add(Arrays.asList(formats.dateTime(r.getSubmittedAt()),
					messages.get("enum.ApprovalAction." + r.getAction()), r.getCaseNumber(), r.getCaseTitle(),
					unit == null ? null : unit.name(locale), r.getRound(), messages.get("enum.Status." + r.getStatus()),
					open ? row.openLink().name(locale) : null, yes(row.stale()), yes(row.nobodyCanSign()),
					open ? formats.dateTime(r.getCurrentDueAt()) : null, yes(row.overdue()),
					submitter == null ? String.valueOf(r.getSubmittedBy()) : submitter.label(locale),
					r.getDecidedAt() == null ? null : formats.dateTime(r.getDecidedAt()),
					r.getWithdrawalReason() == null ? null : r.withdrawalReasonIn(locale), r.summaryIn(locale)));
		}
		return new RecordTable.Table(Arrays.stream(HEADERS).map(messages::get).toList(), lines);
	}

	/** A flag as its own column, so a reader can filter on it in Excel; empty when it does not hold. */
	private String yes(boolean flag) {
		return flag ? messages.get("common.yes") : null;
	}
}
