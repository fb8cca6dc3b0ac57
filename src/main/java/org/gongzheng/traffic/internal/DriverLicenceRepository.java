package org.gongzheng.traffic.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DriverLicenceRepository extends JpaRepository<DriverLicence, String> {
}
