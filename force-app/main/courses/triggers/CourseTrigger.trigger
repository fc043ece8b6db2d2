trigger CourseTrigger on Course__c(before insert, before update) {
    new CourseTriggerHandler().run();
}
