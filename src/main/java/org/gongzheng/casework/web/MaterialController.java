package org.gongzheng.casework.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzheng.casework.internal.CaseAccess;
import org.gongzheng.casework.internal.CasePermissions;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.casework.internal.Material;
import org.gongzheng.casework.internal.MaterialCommand;
import org.gongzheng.casework.internal.MaterialType;
import org.gongzheng.casework.internal.MaterialVoidCommand;
import org.gongzheng.casework.internal.Materials;
import org.gongzheng.casework.internal.Parties;
import org.gongzheng.organization.Organization;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.web.Messages;
import org.gongzheng.shared.web.FormErrors;
import org.gongzheng.shared.web.Formats;
import org.gongzheng.shared.web.KeptUploads;
import org.gongzheng.shared.web.KeptUploads.KeptUpload;

@Controller
class MaterialController {

	private final CasePageAfterChange afterChange;

	private final Materials materials;

	private final Parties parties;

	private final CaseAccess access;

	private final Validator validator;

	private final Formats formats;

	private final KeptUploads keptUploads;

	private final CasePermissions permissions;

	private final Organization organization;

	private final Messages messages;

	MaterialController(Materials materials, Parties parties, CaseAccess access, Validator validator, Formats formats,
			CasePageAfterChange afterChange, KeptUploads keptUploads, CasePermissions permissions,
			Organization organization, Messages messages) {
		this.afterChange = afterChange;
		this.permissions = permissions;
		this.organization = organization;
		this.messages = messages;
		this.keptUploads = keptUploads;
		this.materials = materials;
		this.parties = parties;
		this.access = access;
		this.validator = validator;
		this.formats = formats;
	}

	/**
	 * The empty form, or, after a language switch on a form that came back with errors, the form
	 * with the file it kept ({@code keptFile}): only this officer's file for this case's form is shown.
	 */
	@GetMapping("/cases/{id}/materials/new")
	String form(@PathVariable long id, @RequestParam(name = "keptFile", required = false) String keptFile,
			@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		access.forWorkForm(id, officer);
		keptUploads.find(keptFile, officer.officerId(), keptFor(id)).ifPresent(kept -> model.addAttribute("kept", kept));
		return page(id, new MaterialForm(), officer, model);
	}

	/**
	 * A form that comes back with errors keeps the file it carried (unless the file itself was
	 * refused), so that the officer corrects the fields and sends the form again without choosing
	 * the file a second time; a browser cannot fill a file field in again.
	 */
	@PostMapping("/cases/{id}/materials")
	String add(@PathVariable long id, @ModelAttribute("form") MaterialForm form, BindingResult result,
			@AuthenticationPrincipal SignedInOfficer officer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) throws IOException {
		KeptUpload kept = keptUpload(id, form, result, officer);
		MaterialCommand command = form.toCommand(formats.zone());
		FormErrors.validate(validator, command, result);
		if (!result.hasErrors()) {
			MultipartFile sent = form.hasFile() ? form.getFile() : null;
			try (InputStream upload = sent != null ? sent.getInputStream()
					: kept != null ? keptUploads.open(kept, "file") : null) {
				String fileName = sent != null ? sent.getOriginalFilename() : kept != null ? kept.fileName() : null;
				String fileType = sent != null ? sent.getContentType() : kept != null ? kept.contentType() : null;
				Material material = materials.add(id, command, upload, fileName, fileType, officer);
				if (kept != null) {
					keptUploads.discard(kept);
				}
				redirect.addFlashAttribute("notice", "material.added");
				redirect.addFlashAttribute("noticeArgs", new Object[] { material.getTitle() });
				return afterChange.redirect(id, "materials", officer);
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
		}
		boolean fileRefused = result.hasFieldErrors("file");
		KeptUpload next = keptUploads.forNextAttempt(fileRefused, kept, form.getFile(), officer.officerId(), keptFor(id))
			.orElse(null);
		if (next == null && form.hasFile() && !fileRefused) {
			FormErrors.apply(InvalidInputException.of("file", "material.file.tooLarge", materials.maxUploadMegabytes()),
					result);
		}
		model.addAttribute("kept", next);
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(id, form, officer, model);
	}

	/** The file kept from the last attempt; a token that finds none is an error beside the file field. */
	private KeptUpload keptUpload(long id, MaterialForm form, BindingResult result, SignedInOfficer officer) {
		try {
			return keptUploads.sentBack(form, form.hasFile(), officer.officerId(), keptFor(id), "file").orElse(null);
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			return null;
		}
	}

	/** Which form a kept file belongs to: the materials of one case. */
	private static String keptFor(long caseId) {
		return "case-" + caseId + "-material";
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
		LawCase lawCase = access.visible(id, officer);
		Material material = MaterialReadings.read(materials, id, materialId, method, officer);
		model.addAttribute("c", lawCase);
		model.addAttribute("m", material);
		model.addAttribute("mayVoid", !material.isVoided() && permissions.mayWorkOn(lawCase, officer)
				&& permissions.qualified(officer.officerId()));
		voidedBy(material, model);
		if (request != null && request.matches("[1-9][0-9]{0,17}")) {
			model.addAttribute("fromRequest", Long.parseLong(request));
		}
		return "cases/material";
	}

	/** Voiding asks for the reason on a page of its own, which is also the confirmation step. */
	@GetMapping("/cases/{id}/materials/{materialId}/void")
	String voidForm(@PathVariable long id, @PathVariable long materialId,
			@AuthenticationPrincipal SignedInOfficer officer, Model model) {
		LawCase lawCase = access.forWorkForm(id, officer);
		return voidPage(lawCase, materials.continueReading(id, materialId, officer), new MaterialVoidForm(), model);
	}

	@PostMapping("/cases/{id}/materials/{materialId}/void")
	String voidMaterial(@PathVariable long id, @PathVariable long materialId,
			@ModelAttribute("form") MaterialVoidForm form, BindingResult result,
			@AuthenticationPrincipal SignedInOfficer officer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		// Who may void, and whether it is voided already, come before what was typed: no reason changes them.
		LawCase lawCase = access.forWorkForm(id, officer);
		Material found = materials.continueReading(id, materialId, officer);
		if (found.isVoided()) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("refusal", messages.get("material.void.already", found.getTitle()));
			return voidPage(lawCase, found, form, model);
		}
		MaterialVoidCommand command = new MaterialVoidCommand(form.getReason());
		try {
			Materials.checkVoidReason(command.reason());
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
		}
		if (!form.isConfirmed()) {
			result.rejectValue("confirmed", "material.void.confirm.required");
		}
		if (!result.hasErrors()) {
			try {
				Material material = materials.voidMaterial(id, materialId, command, officer);
				redirect.addFlashAttribute("notice", "material.voidedNotice");
				redirect.addFlashAttribute("noticeArgs", new Object[] { material.getTitle() });
				return afterChange.redirect(id, "materials", officer);
			}
			catch (ConflictException ex) {
				// Voided by someone else meanwhile: the page shows it as it now stands.
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				model.addAttribute("refusal", messages.of(ex));
				return voidPage(lawCase, materials.continueReading(id, materialId, officer), form, model);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return voidPage(lawCase, found, form, model);
	}

	private String voidPage(LawCase lawCase, Material material, MaterialVoidForm form, Model model) {
		model.addAttribute("c", lawCase);
		model.addAttribute("m", material);
		model.addAttribute("form", form);
		model.addAttribute("reasonMax", Materials.VOID_REASON_MAX);
		voidedBy(material, model);
		return "cases/material-void";
	}

	private void voidedBy(Material material, Model model) {
		if (material.isVoided()) {
			model.addAttribute("voidedBy", organization.officers(Set.of(material.getVoidedBy())).get(material.getVoidedBy()));
		}
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
