package org.gongzheng.supervision.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.Resource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzheng.organization.DataScope;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.error.NotFoundException;
import org.gongzheng.shared.files.FileTypes;
import org.gongzheng.shared.web.Messages;
import org.gongzheng.shared.web.Paging;
import org.gongzheng.shared.web.Problems;
import org.gongzheng.supervision.rules.Rules;

/**
 * An alert's page (reason, case link, history, rounds of rectification) with the form for
 * whatever step the reader may take, and the officer's list of alerts to rectify.
 */
@Controller
class AlertController {

	/** The fields each step's form shows errors beside; the version is hidden. */
	private static final Map<String, Set<String>> SHOWN_FIELDS = Map.of("assign", Set.of("assigneeId"), "rectify",
			Set.of("explanation", "evidence"), "verify", Set.of("note"), "reopen", Set.of("reason"));

	private final AlertQueries queries;

	private final AlertWorkflow workflow;

	private final Rules rules;

	private final Organization organization;

	private final Messages messages;

	private final EvidenceFiles files;

	private final RectificationEvidence evidence;

	AlertController(AlertQueries queries, AlertWorkflow workflow, Rules rules, Organization organization,
			Messages messages, EvidenceFiles files, RectificationEvidence evidence) {
		this.files = files;
		this.evidence = evidence;
		this.queries = queries;
		this.workflow = workflow;
		this.rules = rules;
		this.organization = organization;
		this.messages = messages;
	}

	/** {@code keptFile}: after a language switch, the evidence file the refused rectification kept. */
	@GetMapping("/supervision/alerts/{id}")
	String detail(@PathVariable long id, @RequestParam(name = "keptFile", required = false) String keptFile,
			@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		Alert alert = queries.visible(id, officer);
		evidence.kept(id, keptFile, officer).ifPresent(kept -> model.addAttribute("kept", kept));
		AlertForm form = new AlertForm();
		form.setAssigneeId(alert.assignedTo() != null ? alert.assignedTo() : alert.officerId());
		return page(alert, form, Map.of(), null, officer, model);
	}

	@GetMapping("/supervision/my-rectifications")
	String mine(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
		model.addAttribute("alerts", queries.assignedTo(officer.officerId(), Paging.of(page, 20)));
		model.addAttribute("escalated", queries.escalatedTo(officer, PageRequest.of(0, 50)));
		model.addAttribute("rules", rulesByCode());
		return "supervision/alert-mine";
	}

	/**
	 * What waits for the reader in supervision, as a fragment for the "my work" page
	 * ({@code hx-get="/supervision/my-work"}): alerts to rectify, alerts escalated to them and, for
	 * the legal department, rectifications to verify.
	 */
	@GetMapping("/supervision/my-work")
	String myWork(@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		model.addAttribute("assigned", queries.assignedTo(officer.officerId(), PageRequest.of(0, 1)).getTotalElements());
		model.addAttribute("escalatedCount", queries.escalatedTo(officer, PageRequest.of(0, 1)).getTotalElements());
		model.addAttribute("toVerify", officer.has(org.gongzheng.organization.Role.LEGAL)
				? queries.search(new AlertFilter(null, AlertStatus.RECTIFICATION_SUBMITTED, null, null, null, null, null, null),
						PageRequest.of(0, 1), officer).getTotalElements()
				: 0L);
		return "supervision/alert-my-work :: summary";
	}

	@PostMapping("/supervision/alerts/{id}/assign")
	String assign(@PathVariable long id, @ModelAttribute("form") AlertForm form, BindingResult binding,
			@AuthenticationPrincipal SignedInOfficer officer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) throws BindException {
		return step(id, form, binding, "assign", officer, model, redirect, response,
				alert -> workflow.assign(id, new AlertCommands.Assign(form.getAssigneeId(), form.getVersion()), officer),
				"supervision.alert.assigned");
	}

	@PostMapping("/supervision/alerts/{id}/rectify")
	String rectify(@PathVariable long id, @ModelAttribute("form") AlertForm form, BindingResult binding,
			@RequestParam(required = false) MultipartFile evidenceFile, @AuthenticationPrincipal SignedInOfficer officer,
			Model model, RedirectAttributes redirect, HttpServletResponse response) throws BindException {
		return step(id, form, binding, "rectify", officer, model, redirect, response, alert -> {
			AlertCommands.Rectify command = new AlertCommands.Rectify(form.getExplanation(), form.getEvidence(),
					form.getVersion());
			return evidence.rectify(alert, command, form, evidenceFile, officer, kept -> model.addAttribute("kept", kept));
		}, "supervision.alert.rectified");
	}

	/** The file that came with a round of rectification, to whoever may see the alert. */
	@GetMapping("/supervision/alerts/{id}/rectifications/{round}/file")
	ResponseEntity<Resource> evidence(@PathVariable long id, @PathVariable int round,
			@AuthenticationPrincipal SignedInOfficer officer) {
		queries.visible(id, officer);
		Rectification rectification = queries.rectifications(id).stream()
			.filter(r -> r.round() == round && r.evidenceSha256() != null && r.evidenceFileName() != null)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("error.notFound"));
		return ResponseEntity.ok()
			.contentType(servedAs(rectification.evidenceContentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(rectification.evidenceFileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(files.resource(rectification.evidenceSha256()));
	}

	/**
	 * The stored type when it is one evidence may be, else plain bytes: rectifications saved before
	 * types were checked carry whatever the client declared (even "garbage", which no response
	 * can carry), and such a file must still be downloadable, as a file and nothing a browser runs.
	 */
	private static MediaType servedAs(String storedType) {
		return storedType != null && FileTypes.ACCEPTED.contains(storedType) ? MediaType.parseMediaType(storedType)
				: MediaType.APPLICATION_OCTET_STREAM;
	}

	@PostMapping("/supervision/alerts/{id}/verify")
	String verify(@PathVariable long id, @ModelAttribute("form") AlertForm form, BindingResult binding,
			@AuthenticationPrincipal SignedInOfficer officer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) throws BindException {
		return step(id, form, binding, "verify", officer, model, redirect, response,
				alert -> workflow.verify(id, new AlertCommands.Verify(form.getNote(), form.getVersion()), officer),
				"supervision.alert.verified");
	}

	@PostMapping("/supervision/alerts/{id}/reopen")
	String reopen(@PathVariable long id, @ModelAttribute("form") AlertForm form, BindingResult binding,
			@AuthenticationPrincipal SignedInOfficer officer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) throws BindException {
		return step(id, form, binding, "reopen", officer, model, redirect, response,
				alert -> workflow.reopen(id, new AlertCommands.Reopen(form.getReason(), form.getVersion()), officer),
				"supervision.alert.reopened");
	}

	private String step(long id, AlertForm form, BindingResult binding, String formName, SignedInOfficer officer,
			Model model, RedirectAttributes redirect, HttpServletResponse response, Function<Alert, Alert> action,
			String notice) throws BindException {
		Alert alert = queries.visible(id, officer);
		if (binding.hasErrors()) {
			Map<String, String> problems = Problems.of(binding, messages,
					field -> SHOWN_FIELDS.get(formName).contains(field) ? field : null);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("nulRefused", Problems.refusedNul(binding));
			return page(alert, form, problems, formName, officer, model);
		}
		try {
			action.apply(alert);
			redirect.addFlashAttribute("notice", messages.get(notice));
			return "redirect:/supervision/alerts/" + id;
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(alert, form, Problems.of(ex, messages), formName, officer, model);
		}
		catch (ConflictException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("refusal", messages.of(ex));
			return page(queries.visible(id, officer), form, Map.of(), formName, officer, model);
		}
	}

	private String page(Alert alert, AlertForm form, Map<String, String> problems, String failedForm,
			SignedInOfficer officer, Model model) {
		model.addAttribute("a", alert);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("failedForm", failedForm);
		model.addAttribute("rule", rules.find(alert.ruleCode()).orElse(null));
		model.addAttribute("events", queries.events(alert.id()));
		model.addAttribute("rounds", queries.rectifications(alert.id()));
		model.addAttribute("mayAssign", AlertWorkflow.mayAssign(alert, officer));
		model.addAttribute("mayRectify", AlertWorkflow.mayRectify(alert, officer));
		model.addAttribute("mayVerify", AlertWorkflow.mayVerify(alert, officer));
		if (AlertWorkflow.mayAssign(alert, officer)) {
			model.addAttribute("assignees", organization.officersIn(new DataScope(alert.unitPath())).stream()
				.filter(o -> officer.scope().includes(o.unitPath()))
				.filter(o -> o.active())
				.toList());
		}
		List<Long> people = new ArrayList<>();
		people.add(alert.officerId());
		people.add(alert.assignedTo());
		people.add(alert.closedBy());
		queries.events(alert.id()).forEach(e -> people.add(e.actorId()));
		queries.rectifications(alert.id()).forEach(r -> {
			people.add(r.submittedBy());
			people.add(r.verifiedBy());
		});
		model.addAttribute("people", organization.officers(people.stream().filter(Objects::nonNull).distinct().toList()));
		model.addAttribute("unit", organization.unit(alert.unitId()).orElse(null));
		return "supervision/alert-detail";
	}

	private Map<String, org.gongzheng.supervision.rules.Rule> rulesByCode() {
		Map<String, org.gongzheng.supervision.rules.Rule> byCode = new java.util.LinkedHashMap<>();
		rules.all().forEach(r -> byCode.put(r.code(), r));
		return byCode;
	}
}
