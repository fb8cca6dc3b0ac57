package org.gongzheng.supervision.desk;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.gongzheng.shared.web.PageDto;
import org.gongzheng.shared.web.PageNumber;
import org.gongzheng.shared.web.PageSize;
import org.gongzheng.shared.web.Paging;
import org.gongzheng.supervision.RunSummary;
import org.gongzheng.supervision.SupervisionEngine;

/** Supervision engine runs over HTTP. */
@RestController
@RequestMapping("/api/v1/supervision/runs")
@Tag(name = "Supervision")
class RunApiController {

	private final DeskQueries desk;

	private final SupervisionEngine engine;

	RunApiController(DeskQueries desk, SupervisionEngine engine) {
		this.desk = desk;
		this.engine = engine;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('LEGAL', 'LEADER')")
	@Operation(summary = "Recorded engine runs, newest first (full runs unless includeScoped)")
	PageDto<RunRow> list(@RequestParam(defaultValue = "false") boolean includeScoped,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "20") @PageSize(max = 200) int size) {
		return PageDto.of(desk.runs(includeScoped, Paging.within(page, size, 200)),
				r -> r);
	}

	@PostMapping
	@PreAuthorize("hasRole('LEGAL')")
	@Operation(summary = "Run every enabled rule over the whole database now (LEGAL)")
	RunSummary trigger() {
		return engine.run("MANUAL");
	}
}
