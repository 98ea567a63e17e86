/** HTTP adapter for bookings: /api/v1/planlagte-samtaler. */
package dk.samtaleregister.planlaegning.web;
