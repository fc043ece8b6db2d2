trigger SharingGroupTrigger on Sharing_Group__c(before update, after update, before delete, after delete) {
    new SharingGroupTriggerHandler().run();
}
