trigger CourseTrigger on Course__c(before insert, before update, after update) {
    // One handler per area that owns a part of a course's life: the courses' own fields, then audience access.
    new CourseTriggerHandler().run();
    new AudienceCourseTriggerHandler().run();
}
