/** HTTP adapter for held conversations: /api/v1/samtaler. */
package dk.samtaleregister.samtale.web;
