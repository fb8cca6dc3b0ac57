package org.gongzheng.casework.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
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

import org.gongzheng.casework.internal.CaseAccess;
import org.gongzheng.casework.internal.Material;
import org.gongzheng.casework.internal.MaterialCommand;
import org.gongzheng.casework.internal.MaterialType;
import org.gongzheng.casework.internal.Materials;
import org.gongzheng.casework.internal.Parties;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.web.FormErrors;
import org.gongzheng.shared.web.Formats;

@Controller
class MaterialController {

	private final CasePageAfterChange afterChange;

	private final Materials materials;

	private final Parties parties;

	private final CaseAccess access;

	private final Validator validator;

	private final Formats formats;

	MaterialController(Materials materials, Parties parties, CaseAccess access, Validator validator, Formats formats,
			CasePageAfterChange afterChange) {
		this.afterChange = afterChange;
		this.materials = materials;
		this.parties = parties;
		this.access = access;
		this.validator = validator;
		this.formats = formats;
	}

	@GetMapping("/cases/{id}/materials/new")
	String form(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer officer, Model model) {
		return page(id, new MaterialForm(), officer, model);
	}

	@PostMapping("/cases/{id}/materials")
	String add(@PathVariable long id, @ModelAttribute("form") MaterialForm form, BindingResult result,
			@AuthenticationPrincipal SignedInOfficer officer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) throws IOException {
		MaterialCommand command = form.toCommand(formats.zone());
		FormErrors.validate(validator, command, result);
		if (!result.hasErrors()) {
			try (InputStream upload = form.hasFile() ? form.getFile().getInputStream() : null) {
				Material material = materials.add(id, command, upload,
						form.hasFile() ? form.getFile().getOriginalFilename() : null,
						form.hasFile() ? form.getFile().getContentType() : null, officer);
				redirect.addFlashAttribute("notice", "material.added");
				redirect.addFlashAttribute("noticeArgs", new Object[] { material.getTitle() });
				return afterChange.redirect(id, "materials", officer);
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(id, form, officer, model);
	}

	/**
	 * Opening the page is what records the view receipt. A signer reading for an approval request
	 * comes with its id ({@code ?request=}) and is offered the request's next unread material and the
	 * way back to it; anything but a request id there is ignored rather than refused, as it only
	 * names links.
	 */
	@GetMapping("/cases/{id}/materials/{materialId}")
	String view(@PathVariable long id, @PathVariable long materialId,
			@RequestParam(name = "request", required = false) String request,
			@AuthenticationPrincipal SignedInOfficer officer, HttpMethod method, Model model) {
		model.addAttribute("c", access.visible(id, officer));
		model.addAttribute("m", MaterialReadings.read(materials, id, materialId, method, officer));
		if (request != null && request.matches("[1-9][0-9]{0,17}")) {
			model.addAttribute("fromRequest", Long.parseLong(request));
		}
		return "cases/material";
	}

	@GetMapping("/cases/{id}/materials/{materialId}/file")
	ResponseEntity<Resource> file(@PathVariable long id, @PathVariable long materialId,
			@RequestHeader(name = HttpHeaders.RANGE, required = false) String range, HttpMethod method,
			@AuthenticationPrincipal SignedInOfficer officer) {
		return MaterialFileResponses.serve(materials, id, materialId, method, range, officer);
	}

	private String page(long id, MaterialForm form, SignedInOfficer officer, Model model) {
		model.addAttribute("c", access.visible(id, officer));
		model.addAttribute("form", form);
		model.addAttribute("types", MaterialType.values());
		model.addAttribute("parties", parties.of(id, officer));
		model.addAttribute("maxMegabytes", materials.maxUploadMegabytes());
		return "cases/material-form";
	}
}
