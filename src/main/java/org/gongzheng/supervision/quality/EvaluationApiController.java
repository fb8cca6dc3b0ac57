package org.gongzheng.supervision.quality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.web.PageDto;
import org.gongzheng.shared.web.PageNumber;
import org.gongzheng.shared.web.PageSize;
import org.gongzheng.shared.web.Paging;

/** Case-quality evaluation over HTTP. */
@RestController
@RequestMapping("/api/v1/supervision")
@Tag(name = "Supervision: case quality", description = "Checklist, monthly draw, scoring, my case quality")
class EvaluationApiController {

	private final Evaluations evaluations;

	private final Months months;

	private final EvaluationParameters parameters;

	EvaluationApiController(Evaluations evaluations, Months months, EvaluationParameters parameters) {
		this.evaluations = evaluations;
		this.months = months;
		this.parameters = parameters;
	}

	record ParameterChange(Integer value, Long version) {
	}

	@GetMapping("/evaluation-parameters")
	@Operation(summary = "Evaluation, ranking and sanction parameters")
	List<EvaluationParameters.Parameter> parameters(@AuthenticationPrincipal SignedInOfficer officer) {
		ParameterController.requireReader(officer);
		return parameters.all();
	}

	@PutMapping("/evaluation-parameters/{code}")
	@Operation(summary = "Change a parameter (legal department; version required)")
	EvaluationParameters.Parameter changeParameter(@PathVariable String code, @RequestBody(required = false) ParameterChange change,
			@AuthenticationPrincipal SignedInOfficer officer) {
		if (change == null || change.version() == null) {
			throw InvalidInputException.of("version", "validation.required");
		}
		return parameters.change(code, change.value(), change.version(), officer);
	}

	record ScoreLine(String itemCode, Integer awarded, String note) {
	}

	record ScoreRequest(Long version, String summary, List<ScoreLine> scores) {
	}

	@GetMapping("/evaluation-checklist")
	@Operation(summary = "The scoring checklist in force")
	List<ChecklistItem> checklist() {
		return evaluations.checklist();
	}

	@GetMapping("/evaluations")
	@Operation(summary = "Evaluations in the caller's bureau (legal department, leaders)")
	PageDto<Evaluation> list(@RequestParam(required = false) String month,
			@RequestParam(required = false) EvaluationStatus status, @RequestParam(required = false) Grade grade,
			@RequestParam(required = false) EvaluationReason reason, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) String caseNumber, @RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "20") @PageSize(max = 100) int size,
			@AuthenticationPrincipal SignedInOfficer officer) {
		var filter = new EvaluationFilter(months.parse("month", month, null), status == null ? null : status.name(), grade,
				reason == null ? null : reason.name(), unitId, caseNumber);
		return PageDto.of(evaluations.search(filter, Paging.within(page, size, 100),
				officer), e -> e);
	}

	@GetMapping("/evaluations/mine")
	@Operation(summary = "Scored evaluations of cases the caller handled or signed")
	PageDto<Evaluation> mine(@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "20") @PageSize(max = 100) int size,
			@AuthenticationPrincipal SignedInOfficer officer) {
		return PageDto.of(evaluations.mine(officer.officerId(), Paging.within(page, size, 100)), e -> e);
	}

	@PostMapping("/evaluations/draw")
	@Operation(summary = "Draw a month's cases for evaluation (idempotent per month)")
	Evaluations.Draw draw(@RequestParam(required = false) String month, @AuthenticationPrincipal SignedInOfficer officer) {
		return evaluations.draw(months.parse("month", month, months.current()), officer);
	}

	@GetMapping("/evaluations/{id}")
	@Operation(summary = "An evaluation with its item scores")
	Evaluations.Detail detail(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer officer) {
		return evaluations.detail(id, officer);
	}

	@PutMapping("/evaluations/{id}/scores")
	@Operation(summary = "Score every checklist item; deductions need a note")
	Evaluation score(@PathVariable long id, @RequestBody ScoreRequest request,
			@AuthenticationPrincipal SignedInOfficer officer) {
		if (request.version() == null) {
			throw InvalidInputException.of("version", "validation.required");
		}
		Map<String, Scoring.ItemScore> scores = new LinkedHashMap<>();
		if (request.scores() != null) {
			for (ScoreLine line : request.scores()) {
				if (line != null && line.itemCode() != null) {
					scores.put(line.itemCode(), new Scoring.ItemScore(line.awarded(), line.note()));
				}
			}
		}
		return evaluations.score(id, request.version(), scores, request.summary(), officer);
	}
}
