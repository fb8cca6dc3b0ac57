package org.gongzheng.casework.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.gongzheng.casework.internal.SeizedProperties;
import org.gongzheng.casework.internal.SeizedProperty;
import org.gongzheng.casework.internal.SeizedPropertyCommand;
import org.gongzheng.organization.SignedInOfficer;

@RestController
@RequestMapping("/api/v1/cases/{id}/property")
@Tag(name = "Seized property", description = "Seizure, custody register and disposal of seized property")
class PropertyApiController {

	private final SeizedProperties property;

	PropertyApiController(SeizedProperties property) {
		this.property = property;
	}

	record PropertyDto(long id, String description, SeizedProperty.Category category, int quantity, String unitOfMeasure,
			Long estimatedValueFen, SeizedProperty.Kind kind, Long ownerPartyId, Instant seizedAt, LocalDate disposalDue,
			String storageLocation, String registerNumber, Instant registeredAt, SeizedProperty.Disposal disposal,
			Instant disposedAt, long version) {

		static PropertyDto of(SeizedProperty p) {
			return new PropertyDto(p.getId(), p.getDescription(), p.getCategory(), p.getQuantity(), p.getUnitOfMeasure(),
					p.getEstimatedValueFen(), p.getKind(), p.getOwnerPartyId(), p.getSeizedAt(), p.getDisposalDue(),
					p.getStorageLocation(), p.getRegisterNumber(), p.getRegisteredAt(), p.getDisposal(),
					p.getDisposedAt(), p.getVersion());
		}
	}

	/** The version is the item's as last read; a missing one is refused rather than taken as 0. */
	record RegisterRequest(@NotNull(message = "{validation.required}") Long version, String registerNumber) {
	}

	record DisposalRequest(@NotNull(message = "{validation.required}") Long version, SeizedProperty.Disposal disposal,
			Instant disposedAt, String note) {
	}

	@GetMapping
	List<PropertyDto> list(@PathVariable long id, @AuthenticationPrincipal SignedInOfficer officer) {
		return property.of(id, officer).stream().map(PropertyDto::of).toList();
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	@Operation(summary = "Record seized property; the value is in fen")
	ResponseEntity<PropertyDto> seize(@PathVariable long id, @Valid @RequestBody SeizedPropertyCommand command,
			@AuthenticationPrincipal SignedInOfficer officer) {
		return ResponseEntity.status(201).body(PropertyDto.of(property.seize(id, command, officer)));
	}

	@PostMapping("/{propertyId}/register")
	@Operation(summary = "Record the custody register number the property room issued")
	PropertyDto register(@PathVariable long id, @PathVariable long propertyId, @Valid @RequestBody RegisterRequest request,
			@AuthenticationPrincipal SignedInOfficer officer) {
		return PropertyDto.of(property.register(id, propertyId, request.version(), request.registerNumber(), officer));
	}

	@PostMapping("/{propertyId}/disposal")
	PropertyDto dispose(@PathVariable long id, @PathVariable long propertyId, @Valid @RequestBody DisposalRequest request,
			@AuthenticationPrincipal SignedInOfficer officer) {
		return PropertyDto.of(property.dispose(id, propertyId, request.version(), request.disposal(),
				request.disposedAt(), request.note(), officer));
	}
}
