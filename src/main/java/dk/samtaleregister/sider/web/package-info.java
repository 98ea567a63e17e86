/** The pages for people (docs/pages.md): server-rendered with Thymeleaf and Det Fælles Designsystem, under one session. */
package dk.samtaleregister.sider.web;
