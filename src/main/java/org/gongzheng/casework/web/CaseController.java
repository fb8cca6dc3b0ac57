package org.gongzheng.casework.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import org.gongzheng.casework.CaseState;
import org.gongzheng.casework.CaseType;
import org.gongzheng.casework.internal.CaseDetail;
import org.gongzheng.casework.internal.CaseFilter;
import org.gongzheng.casework.internal.CaseListItem;
import org.gongzheng.casework.internal.CaseQueries;
import org.gongzheng.casework.internal.CaseWork;
import org.gongzheng.casework.internal.IntakeCommand;
import org.gongzheng.casework.internal.Intakes;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.casework.internal.ReportSource;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.AuditEvent;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.web.FormErrors;
import org.gongzheng.shared.web.Formats;
import org.gongzheng.shared.web.Paging;

/** The case list, the case page and the intake form. */
@Controller
class CaseController {

	private static final int PAGE_SIZE = 20;

	/** The lines beside the forms' handler boxes that name the officer typed. */
	private static final Set<String> SHOWN_CHOICES = Set.of("handler-chosen", "coHandler-chosen");

	private final CaseQueries queries;

	private final CaseWork work;

	private final Intakes intakes;

	private final Organization organization;

	private final Validator validator;

	private final Formats formats;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final HandlerChoices handlers;

	CaseController(CaseQueries queries, CaseWork work, Intakes intakes, Organization organization, Validator validator,
			Formats formats, ApplicationEventPublisher events, Clock clock, HandlerChoices handlers) {
		this.intakes = intakes;
		this.clock = clock;
		this.handlers = handlers;
		this.queries = queries;
		this.work = work;
		this.organization = organization;
		this.validator = validator;
		this.formats = formats;
		this.events = events;
	}

	@GetMapping("/cases")
	String list(@RequestParam(required = false) CaseState state, @RequestParam(required = false) CaseType type,
			@RequestParam(required = false) Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long handlerId, @RequestParam(required = false) String handler,
			@RequestParam(required = false) String q, @RequestParam(required = false) CaseFilter.DeadlineFilter deadline,
			@RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@AuthenticationPrincipal SignedInOfficer officer, Model model, HttpServletResponse response) {
		// A handler typed by police number or name (a large scope has no list to pick from) stands for their id.
		HandlerChoices.Typed typed = handler == null || handler.isBlank() ? null : handlers.resolve(officer, handler);
		Long handlerFilter = typed == null ? handlerId : typed.officerId();
		CaseFilter filter = new CaseFilter(state, type, unitId, from, to, handlerFilter, q, deadline);
		Sort sort = deadline != null ? Sort.by(Sort.Order.asc("nextDeadlineAt")) : Sort.by(Sort.Order.desc("reportedAt"));
		Page<CaseListItem> cases;
		try {
			if (typed != null && typed.problem() != null) {
				cases = Page.empty();
				model.addAttribute("handlerProblem", typed.problem());
			}
			else {
				cases = queries.search(filter, Paging.of(page, PAGE_SIZE, sort), officer);
			}
		}
		catch (InvalidInputException ex) {
			cases = Page.empty();
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("filterProblem", ex.fieldProblems().get(0).messageCode());
		}
		model.addAttribute("cases", cases);
		model.addAttribute("filter", filter);
		model.addAttribute("base", UriComponentsBuilder.fromPath("/cases").queryParamIfPresent("state", opt(state))
			.queryParamIfPresent("type", opt(type)).queryParamIfPresent("unitId", opt(unitId))
			.queryParamIfPresent("from", opt(from)).queryParamIfPresent("to", opt(to))
			.queryParamIfPresent("handlerId", opt(handlerFilter)).queryParamIfPresent("q", opt(q))
			.queryParamIfPresent("deadline", opt(deadline)).encode().build().toUriString());
		model.addAttribute("handlerText", typed != null ? handler.strip() : handlers.shown(handlerId).orElse(""));
		if (htmx != null) {
			// The filter form stays as it is: its units and officers need not be read again.
			return "cases/list :: results";
		}
		model.addAttribute("states", CaseState.values());
		model.addAttribute("types", CaseType.values());
		model.addAttribute("units", organization.unitsIn(officer.scope()));
		model.addAttribute("officers", handlers.choices(officer).orElse(null));
		return "cases/list";
	}

	/**
	 * Suggestions while a police number or a name is typed into a handler box: the list's filter
	 * and the intake and transition forms' handler ({@code handler}) or co-handler ({@code coHandler}).
	 * A form's box also asks ({@code show}) for the line beside it naming the officer the text stands
	 * for now.
	 */
	@GetMapping("/cases/handler-options")
	String handlerOptions(@RequestParam(required = false) String handler,
			@RequestParam(required = false) String coHandler, @RequestParam(required = false) String show,
			@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		boolean co = handler == null && coHandler != null;
		String text = co ? coHandler : handler;
		model.addAttribute("optionsId", co ? "co-handler-options" : "handler-options");
		HandlerChoices.Suggestions suggestions = handlers.suggestions(officer, text);
		model.addAttribute("suggestions", suggestions.officers());
		if (show != null && SHOWN_CHOICES.contains(show)) {
			model.addAttribute("chosenId", show);
			model.addAttribute("chosen", suggestions.named());
		}
		return "cases/handler-options :: options";
	}

	@GetMapping("/cases/{id}")
	String detail(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
		CaseDetail detail = queries.detail(id, officer);
		// The page shows party names: reading it is an access to personal data.
		events.publishEvent(AuditEvent.read("CASE_VIEWED", "CASE", id, detail.lawCase().getCaseNumber()));
		model.addAttribute("d", detail);
		model.addAttribute("c", detail.lawCase());
		model.addAttribute("now", clock.instant());
		model.addAttribute("today", LocalDate.now(clock.withZone(formats.zone())));
		model.addAttribute("disposals", org.gongzheng.casework.internal.SeizedProperty.Disposal.values());
		return "cases/detail";
	}

	@GetMapping("/cases/new")
	String intakeForm(@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		IntakeForm form = new IntakeForm();
		form.setHandlerId(officer.officerId());
		return intakePage(form, officer, model);
	}

	@PostMapping("/cases")
	String register(@ModelAttribute("form") IntakeForm form, BindingResult result,
			@AuthenticationPrincipal SignedInOfficer officer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (form.getHandler() != null) {
			form.setHandlerId(handlers.fromForm(officer, form.getHandler(), "handler", result));
		}
		IntakeCommand command = form.toCommand(formats.zone());
		FormErrors.validate(validator, command, result);
		if (!result.hasErrors()) {
			try {
				Intakes.Registration registration = intakes.register(command, form.getFormKey(), officer);
				LawCase registered = registration.lawCase();
				redirect.addFlashAttribute("notice", "case.registered");
				redirect.addFlashAttribute("noticeArgs", new Object[] { registered.getCaseNumber() });
				redirect.addFlashAttribute("intakeChanged", registration.changed());
				return "redirect:/cases/" + registered.getId();
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return intakePage(form, officer, model);
	}

	private String intakePage(IntakeForm form, SignedInOfficer officer, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("types", CaseType.values());
		model.addAttribute("sources", ReportSource.values());
		Optional<List<OfficerSummary>> choices = handlers.choices(officer);
		if (choices.isEmpty()) {
			if (form.getHandler() == null) {
				form.setHandler(handlers.shown(form.getHandlerId()).orElse(""));
			}
			model.addAttribute("handlerChosen", handlers.named(officer, form.getHandler()).orElse(null));
		}
		model.addAttribute("officers", choices.orElse(null));
		return "cases/intake";
	}

	private static Optional<Object> opt(Object value) {
		return value == null || (value instanceof String s && s.isBlank()) ? Optional.empty() : Optional.of(value);
	}
}
