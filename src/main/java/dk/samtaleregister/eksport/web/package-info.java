/** HTTP adapter for the bulk export: /api/v1/eksport/samtaler and /api/v1/eksport/{periodeslag}, as CSV. */
package dk.samtaleregister.eksport.web;
