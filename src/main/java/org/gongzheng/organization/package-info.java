/**
 * Organization: the unit tree (bureau, sub-bureau or traffic brigade, station or squadron, team),
 * officers with their law-enforcement qualification, accounts and roles, sign-in and its limit on
 * repeated wrong passwords, the data scope that decides whose cases an officer may see, and the
 * working calendar (holidays and adjusted working days) that periods counted in working days follow.
 */
@ApplicationModule(displayName = "Organization")
package org.gongzheng.organization;

import org.springframework.modulith.ApplicationModule;
